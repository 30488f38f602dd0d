using Cooperation.Grains.Common;
using Cooperation.Grains.Reports;
using Cooperation.Grains.Reports.Commands;

namespace Cooperation.Silo.Seeding;

/// <summary>The seeded reports, drawn from the seed text; loaded after the partnerships and people, idempotently.</summary>
/// <remarks>
/// One rapport d'avancement per chapter-7 partnership, at different stages of its lifecycle so that every screen has
/// something to show: acknowledged (e-Administration Plateau, whose "suivi à distance par transmission régulière de
/// rapports d'avancement" the seed text names), submitted and waiting (Sénéclic, SIG Guédiawaye), a draft already
/// overdue (Cérénum) and drafts for the second half of 2026 (Libriciels Figuig, and Sénéclic, whose computer counts are
/// computed from its shipments, as they stood on the day the seed drafted it). Figuig's acknowledged report of late 2025 leaves the first half of 2026 with no report
/// at all: an overdue period. Every command has a fixed client mutation id, so a restart replays them as repeats and
/// changes nothing. The figures are illustrative: the seed
/// text gives the aims, not the counts.
/// </remarks>
public static class ReportSeeds
{
    private static readonly DateOnly FirstHalfStart = new(2026, 1, 1);
    private static readonly DateOnly FirstHalfEnd = new(2026, 6, 30);
    private static readonly DateOnly SecondHalfStart = new(2026, 7, 1);
    private static readonly DateOnly SecondHalfEnd = new(2026, 12, 31);

    private enum Stage
    {
        Draft,
        Submitted,
        Acknowledged,
    }

    /// <param name="Drafted">The day it was drafted, its computed indicators counted; submitted ten days later, acknowledged two
    /// weeks after that. The seed's own days, whatever the day the platform first starts.</param>
    /// <param name="Tag">Tells a partnership's later reports apart in their client mutation ids; the first has none.</param>
    private sealed record SeedReport(
        string Slug, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly Drafted, ReportContent Content, Stage Stage, string? Acknowledgement = null, string? Tag = null);

    private static ReportIndicator Indicator(string code, string title, string unit, decimal? baseline, decimal? target, decimal? actual) =>
        new(code, title, unit, baseline, target, actual);

    /// <summary>An indicator whose actual value the platform counts from its own facts.</summary>
    private static ReportIndicator Computed(string code, string title, string unit, decimal? target, IndicatorFact fact) =>
        new(code, title, unit, 0, target, Actual: null, Source: null, fact);

    private static IReadOnlyList<SeedReport> All { get; } =
    [
        new("e-administration-plateau", FirstHalfStart, FirstHalfEnd, Drafted: new(2026, 7, 6), new ReportContent(
            "Transfert des applications d'e-administration du Grand Chalon (état civil, courrier) vers les mairies du Plateau ; " +
            "adaptation des paramétrages au contexte béninois ; formation des agents communaux par les agents du Grand Chalon, à distance.",
            "Les services de l'état civil et du courrier sont informatisés dans trois communes ; deux mairies sont raccordées à Internet. " +
            "La transmission régulière de ces rapports favorise l'implication des agents.",
            "Coupures d'électricité fréquentes ; débit très faible dans deux communes, qui retarde le raccordement des mairies restantes.",
            "Raccorder les trois mairies restantes ; préparer la mission de terrain des cadres du Grand Chalon.",
            [
                Indicator("services-informatises", "Services communaux informatisés", "services", 0, 10, 6),
                Indicator("mairies-raccordees", "Mairies raccordées à Internet", "mairies", 0, 5, 2),
                Indicator("agents-formes", "Agents communaux formés à l'e-administration", "agents", 0, 40, 22),
            ],
            ["m2", "m3"],
            [new ReportAttachment("rapport-avancement-S1-2026.pdf", "application/pdf", 412_000)]),
            Stage.Acknowledged,
            "Rapport conforme aux échanges avec les élus du Plateau ; merci pour le suivi des raccordements."),

        new("seneclic", FirstHalfStart, FirstHalfEnd, Drafted: new(2026, 7, 8), new ReportContent(
            "Reconditionnement du lot d'ordinateurs de l'année par l'atelier de Besançon, qui emploie des personnes handicapées ; " +
            "premières sessions de formation des équipes locales aux techniques du recyclage des ordinateurs.",
            "La plus grande partie du lot est reconditionnée ; une première école est équipée à titre pilote.",
            "Délais d'acheminement et de dédouanement du matériel vers le Sénégal.",
            "Équiper les salles multimédia des écoles bénéficiaires à la rentrée ; lancer les échanges entre animateurs TICE.",
            [
                Indicator("ordinateurs-reconditionnes", "Ordinateurs reconditionnés", "ordinateurs", 0, 300, 240),
                Indicator("ecoles-equipees", "Écoles équipées d'une salle multimédia", "écoles", 0, 12, 1),
                Indicator("personnes-formees-reconditionnement", "Membres des équipes locales formés au reconditionnement", "personnes", 0, 15, 6),
            ],
            ["m1", "m2"],
            []),
            Stage.Submitted),

        new("sig-guediawaye", FirstHalfStart, FirstHalfEnd, Drafted: new(2026, 7, 9), new ReportContent(
            "Intégration des premières couches du système d'information géographique dans les services communaux ; " +
            "ateliers participatifs avec le réseau de l'Agenda 21 local.",
            "Le SIG sert déjà à l'organisation communale ; le portail annonce les projets communaux aux citoyens.",
            "Appropriation inégale selon les services ; besoin de formation des agents.",
            "Former les citoyens et les ONG locales aux TIC ; produire des contenus territoriaux de proximité.",
            [
                Indicator("couches-sig", "Couches du SIG en service", "couches", 0, 8, 3),
                Indicator("projets-publies", "Projets communaux publiés sur le portail", "projets", 0, 20, 7),
            ],
            ["m2", "m3"],
            []),
            Stage.Submitted),

        new("cerenum", FirstHalfStart, FirstHalfEnd, Drafted: new(2026, 6, 22), new ReportContent(
            "Formations aux TIC pour les collectivités locales, la société civile et les agents économiques de la Région de Saint-Louis.",
            "",
            "",
            "Installer les premières bornes Wi-Fi dans la Région.",
            [
                Indicator("acteurs-formes", "Acteurs territoriaux formés aux TIC", "personnes", 0, 200, 110),
                Indicator("bornes-wifi", "Bornes Wi-Fi installées", "bornes", 0, 20, 4),
            ],
            ["m2", "m3"],
            []),
            Stage.Draft),

        new("libriciels-figuig", SecondHalfStart, SecondHalfEnd, Drafted: new(2026, 11, 16), new ReportContent(
            "Mise en service de la gestion des subventions et des délibérations sur les deux serveurs sécurisés, avec l'ADULLACT.",
            "",
            "",
            "Préparer la mise en service de la gestion du temps de travail et de la réservation des ressources.",
            [
                Indicator("libriciels-en-service", "Libriciels en service", "applications", 1, 5, 3),
                Indicator("agents-formes", "Agents de Figuig formés aux libriciels", "agents", 0, 30, 8),
            ],
            ["m3"],
            []),
            Stage.Draft),

        // Figuig's previous half-year, acknowledged: with the current draft, it leaves the first half of 2026 without
        // any report, which the partnership's page shows as overdue.
        new("libriciels-figuig", new DateOnly(2025, 7, 1), new DateOnly(2025, 12, 31), Drafted: new(2026, 1, 12), new ReportContent(
            "Exploitation des deux serveurs sécurisés et redondants fournis par le Conseil Général de Seine-Saint-Denis ; " +
            "études de l'ADULLACT pour les libriciels de gestion des subventions et des délibérations.",
            "Le courrier de la commune est enregistré et suivi dans le libriciel de la Ville d'Arles.",
            "Sauvegardes à organiser entre les deux serveurs ; formation des agents à poursuivre.",
            "Mettre en service la gestion des subventions et des délibérations.",
            [
                Indicator("serveurs-en-service", "Serveurs sécurisés en service", "serveurs", 0, 2, 2),
                Indicator("libriciels-en-service", "Libriciels en service", "applications", 0, 5, 1),
            ],
            ["m3"],
            []),
            Stage.Acknowledged,
            "Serveurs et courrier en service ; merci à l'ADULLACT pour les études.",
            Tag: "2025-s2"),

        // Sénéclic's second half of 2026 (from 6 July, the spring shipment's receipt): the computers installed and received are counted from the shipments, not typed.
        new("seneclic", SecondHalfStart, SecondHalfEnd, Drafted: new(2026, 11, 30), new ReportContent(
            "Réception de l'envoi de printemps et installation des postes dans la salle multimédia de l'école de Ngor ; " +
            "mission des animateurs TICE de Besançon à Dakar et Thiès en octobre ; préparation de l'envoi d'automne.",
            "",
            "Un portable manquant et un écran endommagé à la réception de l'envoi de printemps ; pièces de rechange attendues.",
            "Recevoir l'envoi d'automne et équiper les écoles de Yoff, Rufisque, Thiès et Mbour.",
            [
                Computed("ordinateurs-recus", "Ordinateurs reçus en bon état dans les écoles", "ordinateurs", 50, IndicatorFact.ComputersReceived),
                Computed("ordinateurs-installes", "Ordinateurs installés dans les salles multimédia", "ordinateurs", 50, IndicatorFact.ComputersInstalled),
                Indicator("ecoles-equipees", "Écoles équipées d'une salle multimédia", "écoles", 1, 12, 2),
            ],
            ["m3"],
            []),
            Stage.Draft,
            Tag: "2026-s2"),
    ];

    /// <summary>
    /// A Cérénum progress report drafted for the three months that ended 20 days before the platform's first start, so
    /// that it falls due within 14 days of that start and its North hears « Rapport à rendre » (the demo's mail catcher
    /// shows it). The seed text gives no interim report: the period and figures are invented, relative to the start
    /// since a due date can only be « soon » relative to a day. Drafted once: a later start, whose three months would
    /// differ, finds a Cérénum report besides the seed's fixed one and adds none.
    /// </summary>
    public static async Task SeedFallingDueAsync(IGrainFactory grains, DateOnly today)
    {
        const string slug = "cerenum";
        var fixedKeys = All.Where(s => s.Slug == slug).Select(s => ReportRules.Key(s.Slug, s.PeriodStart, s.PeriodEnd)).ToHashSet(StringComparer.Ordinal);
        if ((await grains.GetGrain<IReportIndexGrain>(slug).ListAsync(Actor.Seed)).Any(key => !fixedKeys.Contains(key)))
            return;
        var end = today.AddDays(-20);
        var report = grains.GetGrain<IReportGrain>(ReportRules.Key(slug, end.AddMonths(-3).AddDays(1), end));
        await report.DraftAsync(new DraftReport($"seed:report:{slug}:falling-due:draft", Actor.Seed, new ReportContent(
            "Installation des premières bornes Wi-Fi dans la Région de Saint-Louis ; formations aux TIC pour les agents des collectivités locales.",
            "",
            "",
            "Étendre le réseau de bornes Wi-Fi aux communes rurales de la Région.",
            [
                Indicator("bornes-wifi", "Bornes Wi-Fi installées", "bornes", 4, 20, 7),
                Indicator("acteurs-formes", "Acteurs territoriaux formés aux TIC", "personnes", 110, 200, 135),
            ],
            ["m3"],
            [])));
    }

    public static async Task SeedAsync(IGrainFactory grains, CancellationToken cancellationToken)
    {
        var actor = Actor.Seed;
        foreach (var seed in All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var report = grains.GetGrain<IReportGrain>(ReportRules.Key(seed.Slug, seed.PeriodStart, seed.PeriodEnd));
            var prefix = seed.Tag is null ? $"seed:report:{seed.Slug}" : $"seed:report:{seed.Slug}:{seed.Tag}";
            await report.DraftAsync(new DraftReport($"{prefix}:draft", actor, seed.Content) { At = SeedDates.On(seed.Drafted) });
            if (seed.Stage >= Stage.Submitted)
                await report.SubmitAsync(new SubmitReport($"{prefix}:submit", actor) { At = SeedDates.On(seed.Drafted.AddDays(10)) });
            if (seed.Stage >= Stage.Acknowledged)
                await report.AcknowledgeAsync(new AcknowledgeReport($"{prefix}:acknowledge", actor, seed.Acknowledgement) { At = SeedDates.On(seed.Drafted.AddDays(24)) });
        }
    }
}
