using Cooperation.Grains.Accounts;
using Cooperation.Grains.Accounts.Commands;
using Cooperation.Grains.Annotations;
using Cooperation.Grains.Annotations.Commands;
using Cooperation.Grains.Reports;
using Cooperation.Grains.Reports.Commands;
using Cooperation.Grains.Tests.Reports;

namespace Cooperation.Grains.Tests.Annotations;

/// <summary>Reports to annotate, researchers with teams, and annotation commands with realistic values.</summary>
public static class TestAnnotations
{
    /// <summary>The "results" section of version 1 of the report these tests annotate.</summary>
    public const string ResultsV1 =
        "Le SIG sert déjà à l'organisation communale ; le portail annonce les projets communaux aux citoyens. Les ateliers Agenda 21 ont réuni 40 personnes.";

    /// <summary>Version 2: a sentence added in front, the Agenda 21 sentence gone.</summary>
    public const string ResultsV2 =
        "Trois couches du SIG sont en service. Le SIG sert déjà à l'organisation communale ; le portail annonce les projets communaux aux citoyens.";

    public const string SurvivingQuote = "le portail annonce les projets communaux";

    public const string VanishingQuote = "Les ateliers Agenda 21 ont réuni 40 personnes.";

    /// <summary>A partnership with a submitted report (version 1, results = <see cref="ResultsV1"/>) and its annotations grain.</summary>
    public static async Task<(IPartnershipGrain Partnership, IReportGrain Report, IAnnotationsGrain Annotations)> SubmittedReportAsync(IGrainFactory grains)
    {
        var partnership = await TestPartnerships.NewAsync(grains);
        var report = TestReports.Of(grains, partnership);
        await report.DraftAsync(new DraftReport("draft", TestPartnerships.Staff, TestReports.Content() with { Results = ResultsV1 }));
        await report.SubmitAsync(new SubmitReport("submit", TestPartnerships.Staff));
        return (partnership, report, grains.GetGrain<IAnnotationsGrain>(AnnotationRules.KeyFor(AnnotationTargetKind.ProgressReport, report.GetPrimaryKeyString())));
    }

    /// <summary>Returned by the South, its results rewritten to <see cref="ResultsV2"/>, resubmitted as version 2.</summary>
    public static async Task ResubmitAsync(IReportGrain report)
    {
        await report.ReturnAsync(new ReturnReport("return", TestPartnerships.SouthAgent, "Précisez les couches du SIG."));
        await report.EditAsync(new EditReport("edit", TestPartnerships.Staff, null, Results: ResultsV2));
        await report.SubmitAsync(new SubmitReport("resubmit", TestPartnerships.Staff));
    }

    /// <summary>The selector of the first occurrence of a quote in a text, as a client sends it (no context).</summary>
    public static TextSelector Quote(string text, string quote, string section = "results")
    {
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        return new TextSelector(section, quote, "", "", start, start + quote.Length);
    }

    public static Annotate Comment(
        string id, Actor actor, TextSelector selector, int version = 1,
        AnnotationVisibility visibility = AnnotationVisibility.Partnership, string text = "Quels projets ? Combien de visites du portail ?") =>
        new($"annotate-{id}", actor, id, version, selector, AnnotationMotivation.Commenting, text, AnnotationLanguage.Fr, null, visibility);

    public static ReplyToAnnotation Reply(string id, Actor actor, string replyTo, string text = "Sept projets, voir l'indicateur.") =>
        new($"reply-{id}", actor, id, replyTo, text, AnnotationLanguage.Fr);

    /// <summary>A person with an account in a research team, member of the partnership as third partner (or on another side).</summary>
    public static async Task<Actor> ResearcherAsync(
        IGrainFactory grains, IPartnershipGrain partnership, string name, string? team, MemberRole role = MemberRole.ThirdPartner)
    {
        var email = $"{Guid.NewGuid():N}@univ.example";
        await grains.GetGrain<IAccountGrain>(email).InviteAsync(new InvitePerson(
            $"invite-{email}", Actor.Seed, name, [], [new Membership(partnership.GetPrimaryKeyString(), role)], team));
        return new Actor(email, name);
    }
}

/// <summary>Reads a version's threads a page at a time, as a reader pressing « Voir plus » to the first thread would.</summary>
public static class TestAnnotationPages
{
    /// <summary>Every thread <paramref name="actor"/> reads on the version, oldest first, read through pages of <paramref name="first"/> threads.</summary>
    public static async Task<IReadOnlyList<AnnotationThread>> ThreadsOnVersionAsync(
        this IAnnotationsGrain annotations, Actor actor, int version, int first = HistoryPageRequest.MaxFirst)
    {
        var threads = new List<AnnotationThread>();
        var page = await annotations.ListThreadsOnVersionAsync(actor, version, new AnnotationThreadPageRequest(first));
        threads.AddRange(page.Threads);
        while (page.HasOlder)
        {
            page = await annotations.ListThreadsOnVersionAsync(actor, version, new AnnotationThreadPageRequest(first, threads[^1].Key));
            threads.AddRange(page.Threads);
        }
        threads.Reverse();
        return threads;
    }

    /// <summary>Every annotation <paramref name="actor"/> reads on the version: oldest thread first, each thread whole.</summary>
    public static async Task<IReadOnlyList<AnchoredAnnotation>> ListOnVersionAsync(this IAnnotationsGrain annotations, Actor actor, int version) =>
        [.. (await annotations.ThreadsOnVersionAsync(actor, version)).SelectMany(t => t.Annotations)];
}
