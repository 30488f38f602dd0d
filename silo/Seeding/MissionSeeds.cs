using Cooperation.Grains.Common;
using Cooperation.Grains.Missions;
using Cooperation.Grains.Missions.Commands;

namespace Cooperation.Silo.Seeding;

/// <summary>The seeded missions, drawn from the seed text; loaded after the partnerships and people, idempotently.</summary>
/// <remarks>
/// One mission de terrain per chapter-7 partnership. Sénéclic's exchange of TICE trainers took place in October 2026
/// and has its compte rendu (version 1); the others are planned for 2027. The purposes and places come from the seed
/// text (the Grand Chalon's "suivi sur le terrain béninois, dans le cadre de missions ponctuelles effectuées par des
/// cadres ou des experts, agents de Chalon", the Cérénum's trainings and Wi-Fi terminals, LISST-CIEU's research-action
/// and eAtlas, ADULLACT's libriciels, Sénéclic's TICE exchanges); the travellers' names are invented, their
/// institutions are those of the seed text. Every command has a fixed client mutation id, and the mission's key
/// derives from the plan's id, so a restart replays them as repeats and changes nothing.
/// </remarks>
public static class MissionSeeds
{
    private enum Stage
    {
        Planned,
        Reported,
    }

    private sealed record SeedMission(string Slug, MissionPlan Plan, Stage Stage, MissionReportContent? Report = null);

    private static MissionTraveller Traveller(string name, string organisation) => new(name, organisation);

    private static MissionAgendaDay Day(int year, int month, int day, string text) => new(new DateOnly(year, month, day), text);

    private static IReadOnlyList<SeedMission> All { get; } =
    [
        new("e-administration-plateau", new MissionPlan(
            "Mission de suivi des cadres et experts du Grand Chalon",
            new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 15),
            [
                Traveller("Sophie Bernard", "Communauté d'agglomération du Grand Chalon"),
                Traveller("Thierry Lamotte", "Grand Chalon, direction des systèmes d'information"),
                Traveller("Anne Charpentier", "Grand Chalon, élue déléguée à la coopération décentralisée"),
            ],
            [new("Pobè", "Bénin"), new("Kétou", "Bénin"), new("Sakété", "Bénin")],
            [
                "Suivi sur le terrain béninois de l'informatisation des services communaux (état civil, courrier).",
                "Vérifier le raccordement à Internet des mairies de la Communauté des communes du Plateau.",
                "Réflexion politique et stratégique entre les élus des deux côtés.",
            ],
            [
                Day(2027, 2, 1, "Arrivée à Pobè ; réunion de lancement avec le secrétariat de la Communauté des communes du Plateau."),
                Day(2027, 2, 3, "Services de l'état civil et du courrier de Pobè : revue des applications transférées avec les agents."),
                Day(2027, 2, 8, "Kétou et Sakété : état du raccordement des mairies, relevé des besoins de débit."),
                Day(2027, 2, 12, "Séminaire des élus : bilan et orientations de la coopération."),
                Day(2027, 2, 15, "Restitution aux agents communaux ; départ."),
            ],
            ["m2", "m3", "m5"]),
            Stage.Planned),

        new("cerenum", new MissionPlan(
            "Mission de formation à l'ARD de Saint-Louis",
            new DateOnly(2027, 3, 8), new DateOnly(2027, 3, 19),
            [
                Traveller("Claire Martin", "Ville du Havre"),
                Traveller("Olivier Lemaire", "CIRTAI, Université du Havre"),
            ],
            [new("Saint-Louis", "Sénégal")],
            [
                "Former les acteurs territoriaux de la Région aux TIC (collectivités locales, société civile, agents économiques).",
                "Préparer avec la Cérénum l'installation des bornes Wi-Fi dans la Région de Saint-Louis.",
            ],
            [
                Day(2027, 3, 8, "Accueil à l'Agence régionale de développement ; programme des formations avec l'équipe de la Cérénum."),
                Day(2027, 3, 9, "Formation des agents des collectivités locales : e-administration au service du citoyen."),
                Day(2027, 3, 11, "Formation des acteurs de la société civile et des agents économiques : usages des TIC, e-tourisme."),
                Day(2027, 3, 16, "Repérage des sites des bornes Wi-Fi avec les techniciens de l'ARD."),
                Day(2027, 3, 19, "Bilan avec la Cérénum ; suites à donner."),
            ],
            ["m2", "m3"]),
            Stage.Planned),

        new("sig-guediawaye", new MissionPlan(
            "Visite de terrain de recherche-action du LISST-CIEU à Guédiawaye",
            new DateOnly(2027, 1, 18), new DateOnly(2027, 1, 29),
            [
                Traveller("Hélène Dupuis", "LISST-CIEU, Université de Toulouse II – Le Mirail"),
                Traveller("Julien Roques", "Communauté d'agglomération de Castres-Mazamet"),
            ],
            [new("Guédiawaye", "Sénégal"), new("Dakar", "Sénégal")],
            [
                "Observer l'appropriation des TIC comme outils collaboratifs par les acteurs du développement de Guédiawaye.",
                "Mettre à jour les contenus de l'eAtlas francophone de l'Afrique de l'Ouest et du portail associatif.",
                "Animer des ateliers participatifs avec le réseau de l'Agenda 21 local.",
            ],
            [
                Day(2027, 1, 18, "Rencontre avec les services communaux : usages du SIG dans l'organisation communale."),
                Day(2027, 1, 20, "Atelier Agenda 21 : information des citoyens sur les projets communaux par le portail."),
                Day(2027, 1, 22, "Entretiens avec les ONG locales sur les besoins de formation aux TIC."),
                Day(2027, 1, 26, "Séance de travail eAtlas à Dakar avec les partenaires universitaires."),
                Day(2027, 1, 29, "Restitution aux élus et au réseau de l'Agenda 21."),
            ],
            ["m3", "m4", "m5"]),
            Stage.Planned),

        new("libriciels-figuig", new MissionPlan(
            "Installation des libriciels sur les deux serveurs de Figuig",
            new DateOnly(2027, 4, 12), new DateOnly(2027, 4, 23),
            [
                Traveller("Nadia Benali", "Conseil général de la Seine-Saint-Denis"),
                Traveller("Pierre Vidal", "ADULLACT"),
            ],
            [new("Figuig", "Maroc")],
            [
                "Installer les libriciels de gestion du temps de travail et de réservation des ressources sur les deux serveurs sécurisés et redondants.",
                "Vérifier la redondance des deux serveurs et les sauvegardes.",
                "Former les agents de Figuig aux premiers usages.",
            ],
            [
                Day(2027, 4, 12, "Arrivée à Figuig ; état des deux serveurs avec le service informatique de la commune."),
                Day(2027, 4, 14, "Installation du libriciel de gestion du temps de travail (commune d'Échirolles)."),
                Day(2027, 4, 16, "Installation du libriciel de réservation des ressources (Ville de Poitiers)."),
                Day(2027, 4, 20, "Essais de bascule entre les deux serveurs ; sauvegardes."),
                Day(2027, 4, 22, "Formation des agents de Figuig."),
            ],
            ["m3", "m4"]),
            Stage.Planned),

        new("seneclic", new MissionPlan(
            "Échange des animateurs TICE dans les écoles du Sénégal",
            new DateOnly(2026, 10, 12), new DateOnly(2026, 10, 23),
            [
                Traveller("Marc Girard", "Ville de Besançon"),
                Traveller("Laure Pernet", "Ville de Besançon, animatrice TICE"),
            ],
            [new("Dakar", "Sénégal"), new("Thiès", "Sénégal")],
            [
                "Échanger avec les enseignants animateurs TICE sénégalais sur les programmes de formation des élèves.",
                "Vérifier l'installation des ordinateurs reconditionnés dans les salles multimédia des écoles.",
            ],
            [
                Day(2026, 10, 12, "Dakar : accueil au ministère de l'Éducation nationale ; programme des visites."),
                Day(2026, 10, 14, "Visite de l'école pilote équipée ; séance avec les animateurs TICE."),
                Day(2026, 10, 19, "Thiès : atelier commun des animateurs TICE de Besançon et du Sénégal."),
                Day(2026, 10, 23, "Bilan avec les équipes locales formées au reconditionnement."),
            ],
            ["m3", "m4"]),
            Stage.Reported,
            new MissionReportContent(
                "Visite de l'école pilote de Dakar et de deux écoles de Thiès ; deux ateliers communs des animateurs TICE de Besançon " +
                "et de leurs homologues sénégalais sur la formation des élèves ; point avec les équipes locales formées au reconditionnement.",
                "La salle multimédia de l'école pilote fonctionne et sert chaque semaine. Les animateurs sénégalais demandent des " +
                "contenus pédagogiques hors ligne, faute de connexion stable. Une partie des postes attend encore des pièces de rechange.",
                "Envoyer des contenus pédagogiques hors ligne avec le prochain lot ; prévoir des pièces de rechange ; " +
                "organiser un échange à distance trimestriel entre animateurs TICE avant l'équipement des écoles suivantes.")),
    ];

    // Every mission was planned at the start of the 2026 school year; one that took place started on its first day
    // and filed its compte rendu three days after its last.
    private static readonly DateTimeOffset Planned = SeedDates.On(2026, 9, 1);

    /// <summary>The day Sénéclic's mission saw the Ngor computers working (its agenda's visit of the pilot school).</summary>
    internal static DateTimeOffset SeneclicSchoolVisit { get; } = SeedDates.On(2026, 10, 14);

    /// <summary>The key of a partnership's seeded mission.</summary>
    public static string KeyOf(string slug) => MissionRules.KeyFor(slug, $"seed:mission:{slug}:plan");

    public static async Task SeedAsync(IGrainFactory grains, CancellationToken cancellationToken)
    {
        var actor = Actor.Seed;
        foreach (var seed in All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var prefix = $"seed:mission:{seed.Slug}";
            var planId = $"{prefix}:plan";
            var mission = grains.GetGrain<IMissionGrain>(KeyOf(seed.Slug));
            await mission.PlanAsync(new PlanMission(planId, actor, seed.Plan) { At = Planned });
            if (seed.Stage >= Stage.Reported)
            {
                await mission.StartAsync(new StartMission($"{prefix}:start", actor, ExpectedVersion: null) { At = SeedDates.On(seed.Plan.StartOn) });
                await mission.FileReportAsync(new FileMissionReport($"{prefix}:report:1", actor, seed.Report!) { At = SeedDates.On(seed.Plan.EndOn.AddDays(3)) });
            }
        }
    }
}
