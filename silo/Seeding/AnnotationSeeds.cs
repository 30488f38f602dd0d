using Cooperation.Grains.Accounts;
using Cooperation.Grains.Annotations;
using Cooperation.Grains.Annotations.Commands;
using Cooperation.Grains.Common;
using Cooperation.Grains.Missions;
using Cooperation.Grains.Reports;

namespace Cooperation.Silo.Seeding;

/// <summary>
/// Annotations of the demo: the LISST-CIEU research team (Hélène Dupuis) on the SIG Guédiawaye progress report, with
/// a thread the North answers, a team-only code and a private note; and a question of the South side on Sénéclic's
/// mission report, answered by the North. Written through the grains by the demo people, with fixed client mutation ids.
/// </summary>
public static class AnnotationSeeds
{
    private const string Guediawaye = "sig-guediawaye";
    private const string Seneclic = "seneclic";

    private sealed record SeedAnnotation(
        string Id, string Email, string Section, string Quote, AnnotationMotivation Motivation, string Text,
        AnnotationVisibility Visibility = AnnotationVisibility.Partnership, IReadOnlyList<string>? Tags = null, string? ReplyTo = null);

    private static readonly IReadOnlyList<SeedAnnotation> OnGuediawayeReport =
    [
        new("lisst-portail", "helene.dupuis@lisst.example", "results", "le portail annonce les projets communaux aux citoyens",
            AnnotationMotivation.Questioning,
            "Combien de citoyens consultent le portail ? Un relevé de fréquentation permettrait de mesurer l'appropriation par les habitants."),
        new("castres-frequentation", "julien.roques@castres-mazamet.example", "", "", AnnotationMotivation.Replying,
            "Nous ajouterons le nombre de visites mensuelles du portail au prochain rapport.", ReplyTo: "lisst-portail"),
        new("lisst-agenda21", "helene.dupuis@lisst.example", "activities", "ateliers participatifs avec le réseau de l'Agenda 21 local",
            AnnotationMotivation.Assessing,
            "Démarche participative conforme aux objectifs de l'Agenda 21 ; à documenter par les comptes rendus des ateliers."),
        new("lisst-code-appropriation", "helene.dupuis@lisst.example", "difficulties", "Appropriation inégale selon les services",
            AnnotationMotivation.Tagging, "Appropriation différenciée selon les services : à suivre dans les entretiens.",
            AnnotationVisibility.Team, ["appropriation", "organisation communale"]),
        new("lisst-note-formation", "helene.dupuis@lisst.example", "difficulties", "besoin de formation des agents",
            AnnotationMotivation.Commenting, "À croiser avec nos entretiens de janvier auprès des ONG locales.", AnnotationVisibility.Private),
    ];

    private static readonly IReadOnlyList<SeedAnnotation> OnSeneclicMission =
    [
        new("education-hors-ligne", "fatou.ndiaye@education.sn.example", "findings", "contenus pédagogiques hors ligne",
            AnnotationMotivation.Questioning, "Quels contenus hors ligne sont prévus pour les classes de CM2 ?"),
        new("besancon-contenus", "marc.girard@besancon.example", "", "", AnnotationMotivation.Replying,
            "Les animateurs TICE de Besançon préparent une sélection avec vos enseignants avant l'envoi d'automne.", ReplyTo: "education-hors-ligne"),
    ];

    public static async Task SeedAsync(IGrainFactory grains, CancellationToken cancellationToken)
    {
        var report = ReportRules.Key(Guediawaye, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30));
        await SeedAsync(grains, AnnotationTargetKind.ProgressReport, report,
            (await grains.GetGrain<IReportGrain>(report).GetVersionAsync(Actor.Seed, 1)).Content.Sections(), OnGuediawayeReport, cancellationToken);
        var mission = MissionSeeds.KeyOf(Seneclic);
        await SeedAsync(grains, AnnotationTargetKind.MissionReport, mission,
            (await grains.GetGrain<IMissionGrain>(mission).GetReportVersionAsync(Actor.Seed, 1)).Content.Sections(), OnSeneclicMission, cancellationToken);
    }

    private static async Task SeedAsync(
        IGrainFactory grains, AnnotationTargetKind kind, string documentId, IReadOnlyDictionary<string, string> sections,
        IReadOnlyList<SeedAnnotation> seeds, CancellationToken cancellationToken)
    {
        var annotations = grains.GetGrain<IAnnotationsGrain>(AnnotationRules.KeyFor(kind, documentId));
        foreach (var seed in seeds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var person = DemoPeople.All.Single(p => p.Email == seed.Email);
            var actor = new Actor(AccountRules.Key(person.Email), person.DisplayName);
            var id = $"seed:annotation:{documentId}:{seed.Id}";
            try
            {
                if (seed.ReplyTo is { } parent)
                {
                    await annotations.ReplyAsync(new ReplyToAnnotation(id, actor, seed.Id, parent, seed.Text, AnnotationLanguage.Fr));
                    continue;
                }
                var start = sections[seed.Section].IndexOf(seed.Quote, StringComparison.Ordinal);
                await annotations.AnnotateAsync(new Annotate(
                    id, actor, seed.Id, 1, new TextSelector(seed.Section, seed.Quote, "", "", start, start + seed.Quote.Length),
                    seed.Motivation, seed.Text, AnnotationLanguage.Fr, seed.Tags, seed.Visibility));
            }
            catch (DomainException)
            {
                // Data kept from an earlier start may refuse one (a person who left the partnership, an account made
                // before teams): the demo goes on without it rather than stopping the silo.
            }
        }
    }
}
