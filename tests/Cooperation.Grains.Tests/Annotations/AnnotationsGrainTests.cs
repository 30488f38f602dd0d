using Cooperation.Grains.Accounts;
using Cooperation.Grains.Annotations;
using Cooperation.Grains.Annotations.Commands;
using Cooperation.Grains.Missions;
using Cooperation.Grains.Missions.Commands;
using Cooperation.Grains.Tests.Accounts;
using Cooperation.Grains.Tests.Missions;
using Cooperation.Grains.Tests.Reports;
using static Cooperation.Grains.Tests.Annotations.TestAnnotations;

namespace Cooperation.Grains.Tests.Annotations;

[Collection(ClusterCollection.Name)]
public sealed class AnnotationsGrainTests(ClusterFixture cluster)
{
    private IGrainFactory Grains => cluster.Grains;

    private static Actor Staff => TestPartnerships.Staff;

    private static Actor South => TestPartnerships.SouthAgent;

    private static Actor Researcher => TestPartnerships.Researcher;

    /// <summary>An annotation on version 1 is shown there, its selector completed with the context around the passage.</summary>
    [Fact]
    public async Task Annotate_SubmittedVersion_ShownThereWithContext()
    {
        var (_, _, annotations) = await SubmittedReportAsync(Grains);

        var made = await annotations.AnnotateAsync(Comment("a1", Researcher, Quote(ResultsV1, SurvivingQuote)));

        var shown = Assert.Single(await annotations.ListOnVersionAsync(Staff, 1));
        Assert.Equal((AnnotationAnchoring.OnThisVersion, "a1", 1), (shown.Anchoring, shown.Annotation.Id, shown.Annotation.Target.Version));
        Assert.Equal(made.Selector, shown.Selector);
        Assert.Equal("organisation communale ; ", shown.Selector!.Prefix[^25..]);
        Assert.StartsWith(" aux citoyens.", shown.Selector.Suffix, StringComparison.Ordinal);
        Assert.Equal((Researcher, AnnotationMotivation.Commenting, AnnotationLanguage.Fr), (made.Creator, made.Motivation, made.Language));
    }

    /// <summary>
    /// Never orphaned: on version 2 the passage that survived is re-anchored at its new offsets, the one that was removed
    /// is listed as on an earlier version; on version 1 both stay exactly where they were made.
    /// </summary>
    [Fact]
    public async Task ReadOnVersionTwo_QuoteSurvivesOrNot_ReanchoredOrOnEarlierVersion()
    {
        var (_, report, annotations) = await SubmittedReportAsync(Grains);
        await annotations.AnnotateAsync(Comment("survives", Researcher, Quote(ResultsV1, SurvivingQuote)));
        await annotations.AnnotateAsync(Comment("vanishes", Researcher, Quote(ResultsV1, VanishingQuote), text: "Qui étaient ces 40 personnes ?"));
        await annotations.ReplyAsync(Reply("answer", Staff, "vanishes", "Des membres du réseau Agenda 21."));

        await ResubmitAsync(report);
        var onTwo = await annotations.ListOnVersionAsync(Staff, 2);
        var onOne = await annotations.ListOnVersionAsync(Staff, 1);

        var survives = onTwo.Single(a => a.Annotation.Id == "survives");
        Assert.Equal(AnnotationAnchoring.Reanchored, survives.Anchoring);
        Assert.Equal(ResultsV2.IndexOf(SurvivingQuote, StringComparison.Ordinal), survives.Selector!.Start);
        Assert.NotEqual(survives.Annotation.Selector!.Start, survives.Selector.Start);
        var vanishes = onTwo.Single(a => a.Annotation.Id == "vanishes");
        Assert.Equal((AnnotationAnchoring.OnEarlierVersion, (TextSelector?)null, 1), (vanishes.Anchoring, vanishes.Selector, vanishes.Annotation.Target.Version));
        Assert.Equal(AnnotationAnchoring.OnEarlierVersion, onTwo.Single(a => a.Annotation.Id == "answer").Anchoring);
        Assert.All(onOne, a => Assert.Equal(AnnotationAnchoring.OnThisVersion, a.Anchoring));
        Assert.Equal(ResultsV1.IndexOf(SurvivingQuote, StringComparison.Ordinal), onOne.Single(a => a.Annotation.Id == "survives").Selector!.Start);
    }

    /// <summary>An annotation made on version 2 is not listed on version 1.</summary>
    [Fact]
    public async Task ReadOnVersionOne_AnnotationOfVersionTwo_NotListed()
    {
        var (_, report, annotations) = await SubmittedReportAsync(Grains);
        await ResubmitAsync(report);

        await annotations.AnnotateAsync(Comment("later", Researcher, Quote(ResultsV2, "Trois couches du SIG"), version: 2));

        Assert.Empty(await annotations.ListOnVersionAsync(Staff, 1));
        Assert.Single(await annotations.ListOnVersionAsync(Staff, 2));
    }

    /// <summary>A passage in an unknown section, at wrong offsets or with a wrong quote is refused with a clear reason, and nothing is added.</summary>
    [Theory]
    [InlineData("conclusions", 0, "Section inconnue")]
    [InlineData("results", 1, "ne se trouve pas à cette position")]
    [InlineData("activities", 0, "ne se trouve pas à cette position")]
    public async Task Annotate_BadSelector_RefusedAndNothingAdded(string section, int shift, string reason)
    {
        var (_, _, annotations) = await SubmittedReportAsync(Grains);
        var good = Quote(ResultsV1, SurvivingQuote);

        var error = await Assert.ThrowsAsync<DomainException>(() => annotations.AnnotateAsync(
            Comment("bad", Researcher, good with { Section = section, Start = good.Start + shift, End = good.End + shift })));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Contains(reason, error.MessageFr);
        Assert.Empty(await annotations.ListOnVersionAsync(Staff, 1));
    }

    /// <summary>Only submitted versions are annotated: a version that does not exist (yet) is NOT_FOUND.</summary>
    [Fact]
    public async Task Annotate_VersionNotSubmitted_NotFound()
    {
        var (_, _, annotations) = await SubmittedReportAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() => annotations.AnnotateAsync(Comment("v2", Researcher, Quote(ResultsV1, SurvivingQuote), version: 2)));

        Assert.Equal(DomainErrorCode.NotFound, error.Code);
    }

    /// <summary>Motivations: tagging needs tags, only tagging carries them, and replying is for replies only.</summary>
    [Fact]
    public async Task Annotate_MotivationRules_RefusedClearly()
    {
        var (_, _, annotations) = await SubmittedReportAsync(Grains);
        var selector = Quote(ResultsV1, SurvivingQuote);
        Annotate With(AnnotationMotivation motivation, string? text, IReadOnlyList<string>? tags) =>
            new($"m-{Guid.NewGuid():N}", Researcher, $"m{Guid.NewGuid():N}"[..20], 1, selector, motivation, text, AnnotationLanguage.Fr, tags, AnnotationVisibility.Partnership);

        var noTags = await Assert.ThrowsAsync<DomainException>(() => annotations.AnnotateAsync(With(AnnotationMotivation.Tagging, null, null)));
        var tagsOnComment = await Assert.ThrowsAsync<DomainException>(() => annotations.AnnotateAsync(With(AnnotationMotivation.Commenting, "Texte", ["sig"])));
        var replying = await Assert.ThrowsAsync<DomainException>(() => annotations.AnnotateAsync(With(AnnotationMotivation.Replying, "Texte", null)));
        var tagged = await annotations.AnnotateAsync(With(AnnotationMotivation.Tagging, null, ["participation", " portail ", "participation"]));

        Assert.All([noTags, tagsOnComment, replying], e => Assert.Equal(DomainErrorCode.Validation, e.Code));
        Assert.Contains("au moins une étiquette", noTags.MessageFr);
        Assert.Contains("Seule une annotation « étiqueter »", tagsOnComment.MessageFr);
        Assert.Contains("replyToAnnotation", replying.MessageEn);
        Assert.Equal(["participation", "portail"], tagged.Tags);
    }

    /// <summary>Private: the creator only, not her team, not an administrator.</summary>
    [Fact]
    public async Task Visibility_Private_CreatorOnly()
    {
        var (partnership, _, annotations) = await SubmittedReportAsync(Grains);
        var helene = await ResearcherAsync(Grains, partnership, "Hélène Dupuis", "LISST-CIEU");
        var colleague = await ResearcherAsync(Grains, partnership, "Marie Sarr", "LISST-CIEU");
        var administrator = await TestAccounts.NewAdministratorAsync(Grains);

        await annotations.AnnotateAsync(Comment("note", helene, Quote(ResultsV1, SurvivingQuote), visibility: AnnotationVisibility.Private));

        Assert.Single(await annotations.ListOnVersionAsync(helene, 1));
        foreach (var other in new[] { colleague, Staff, South, administrator })
            Assert.Empty(await annotations.ListOnVersionAsync(other, 1));
    }

    /// <summary>Team: the creator's research team reads it; another team, the North and the South do not; no team, no team visibility.</summary>
    [Fact]
    public async Task Visibility_Team_CreatorsTeamOnly()
    {
        var (partnership, _, annotations) = await SubmittedReportAsync(Grains);
        var helene = await ResearcherAsync(Grains, partnership, "Hélène Dupuis", "LISST-CIEU");
        var colleague = await ResearcherAsync(Grains, partnership, "Marie Sarr", "LISST-CIEU");
        var otherTeam = await ResearcherAsync(Grains, partnership, "Olivier Lemaire", "CIRTAI");
        var noTeam = await ResearcherAsync(Grains, partnership, "Agent sans équipe", null, MemberRole.NorthStaff);

        var made = await annotations.AnnotateAsync(Comment("team", helene, Quote(ResultsV1, SurvivingQuote), visibility: AnnotationVisibility.Team));
        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            annotations.AnnotateAsync(Comment("no-team", noTeam, Quote(ResultsV1, SurvivingQuote), visibility: AnnotationVisibility.Team)));

        Assert.Equal("LISST-CIEU", made.Team);
        Assert.Single(await annotations.ListOnVersionAsync(helene, 1));
        Assert.Single(await annotations.ListOnVersionAsync(colleague, 1));
        foreach (var other in new[] { otherTeam, noTeam, Staff, South })
            Assert.Empty(await annotations.ListOnVersionAsync(other, 1));
        Assert.Equal(DomainErrorCode.Validation, refused.Code);
        Assert.Contains("aucune équipe", refused.MessageFr);
    }

    /// <summary>Partnership: every member and administrators read it; an outsider is refused the whole list.</summary>
    [Fact]
    public async Task Visibility_Partnership_EveryMemberAndAdministrators()
    {
        var (_, _, annotations) = await SubmittedReportAsync(Grains);
        var administrator = await TestAccounts.NewAdministratorAsync(Grains);

        await annotations.AnnotateAsync(Comment("shared", Researcher, Quote(ResultsV1, SurvivingQuote)));

        foreach (var reader in new[] { Researcher, Staff, South, administrator })
            Assert.Single(await annotations.ListOnVersionAsync(reader, 1));
        var error = await Assert.ThrowsAsync<DomainException>(() => annotations.ListOnVersionAsync(TestPartnerships.Outsider, 1));
        Assert.Equal(DomainErrorCode.Forbidden, error.Code);
    }

    /// <summary>Members of any side annotate; an administrator who is not a member and an outsider may not.</summary>
    [Fact]
    public async Task Annotate_WhoMay_MembersOfAnySideOnly()
    {
        var (_, _, annotations) = await SubmittedReportAsync(Grains);
        var administrator = await TestAccounts.NewAdministratorAsync(Grains);
        var selector = Quote(ResultsV1, SurvivingQuote);

        foreach (var (member, id) in new[] { (Staff, "north"), (South, "south"), (Researcher, "third") })
            await annotations.AnnotateAsync(Comment(id, member, selector));
        var byAdministrator = await Assert.ThrowsAsync<DomainException>(() => annotations.AnnotateAsync(Comment("admin", administrator, selector)));
        var byOutsider = await Assert.ThrowsAsync<DomainException>(() => annotations.AnnotateAsync(Comment("outsider", TestPartnerships.Outsider, selector)));

        Assert.Equal(3, (await annotations.ListOnVersionAsync(Staff, 1)).Count);
        Assert.Equal((DomainErrorCode.Forbidden, DomainErrorCode.Forbidden), (byAdministrator.Code, byOutsider.Code));
        Assert.Contains("Seuls les membres du partenariat", byAdministrator.MessageFr);
    }

    /// <summary>A thread: replies (and replies to replies) take the thread's version and visibility, with the motivation replying.</summary>
    [Fact]
    public async Task Reply_Thread_TakesThreadVisibilityAndVersion()
    {
        var (partnership, _, annotations) = await SubmittedReportAsync(Grains);
        var helene = await ResearcherAsync(Grains, partnership, "Hélène Dupuis", "LISST-CIEU");
        var colleague = await ResearcherAsync(Grains, partnership, "Marie Sarr", "LISST-CIEU");
        await annotations.AnnotateAsync(Comment("question", helene, Quote(ResultsV1, SurvivingQuote), visibility: AnnotationVisibility.Team));

        var reply = await annotations.ReplyAsync(Reply("r1", colleague, "question"));
        var second = await annotations.ReplyAsync(Reply("r2", helene, "r1", "Merci, je complète."));
        var hidden = await Assert.ThrowsAsync<DomainException>(() => annotations.ReplyAsync(Reply("r3", Staff, "question")));

        Assert.Equal((AnnotationMotivation.Replying, "question", AnnotationVisibility.Team, "LISST-CIEU", 1, (TextSelector?)null),
            (reply.Motivation, reply.ReplyTo, reply.Visibility, reply.Team, reply.Target.Version, reply.Selector));
        Assert.Equal("r1", second.ReplyTo);
        Assert.Equal(["question", "r1", "r2"], (await annotations.ListOnVersionAsync(colleague, 1)).Select(a => a.Annotation.Id));
        Assert.Equal(DomainErrorCode.NotFound, hidden.Code);
    }

    /// <summary>Only the creator edits or deletes; an edit keeps the passage and records when it was modified.</summary>
    [Fact]
    public async Task EditAndDelete_ByOthers_ForbiddenAndByCreator_Applied()
    {
        var (_, _, annotations) = await SubmittedReportAsync(Grains);
        var made = await annotations.AnnotateAsync(Comment("mine", Researcher, Quote(ResultsV1, SurvivingQuote)));

        var editByOther = await Assert.ThrowsAsync<DomainException>(() => annotations.EditAsync(new EditAnnotation("e1", Staff, "mine", "Autre texte")));
        var deleteByOther = await Assert.ThrowsAsync<DomainException>(() => annotations.DeleteAsync(new DeleteAnnotation("d1", South, "mine")));
        var edited = await annotations.EditAsync(new EditAnnotation("e2", Researcher, "mine", "Which projects?", AnnotationLanguage.En));

        Assert.Equal((DomainErrorCode.Forbidden, DomainErrorCode.Forbidden), (editByOther.Code, deleteByOther.Code));
        Assert.Contains("Seule la personne qui a écrit", editByOther.MessageFr);
        Assert.Equal(("Which projects?", AnnotationLanguage.En, made.Selector), (edited.Text, edited.Language, edited.Selector));
        Assert.NotNull(edited.Modified);
        Assert.Null(made.Modified);
    }

    /// <summary>A deleted annotation leaves a tombstone that keeps its replies in their thread; alone, it is no longer listed.</summary>
    [Fact]
    public async Task Delete_WithAndWithoutReplies_TombstoneKeepsThread()
    {
        var (_, _, annotations) = await SubmittedReportAsync(Grains);
        var selector = Quote(ResultsV1, SurvivingQuote);
        await annotations.AnnotateAsync(Comment("answered", Researcher, selector));
        await annotations.ReplyAsync(Reply("reply", Staff, "answered"));
        await annotations.AnnotateAsync(Comment("alone", Researcher, selector));

        var tombstone = await annotations.DeleteAsync(new DeleteAnnotation("delete-answered", Researcher, "answered"));
        await annotations.DeleteAsync(new DeleteAnnotation("delete-alone", Researcher, "alone"));
        var edit = await Assert.ThrowsAsync<DomainException>(() => annotations.EditAsync(new EditAnnotation("edit-deleted", Researcher, "answered", "Encore")));
        var reply = await Assert.ThrowsAsync<DomainException>(() => annotations.ReplyAsync(Reply("late", South, "answered")));

        Assert.Equal((true, ""), (tombstone.Deleted, tombstone.Text));
        var listed = await annotations.ListOnVersionAsync(Staff, 1);
        Assert.Equal(["answered", "reply"], listed.Select(a => a.Annotation.Id));
        Assert.True(listed[0].Annotation.Deleted);
        Assert.Equal((DomainErrorCode.Validation, DomainErrorCode.Validation), (edit.Code, reply.Code));
        Assert.Contains(await annotations.ListAsync(Staff), a => a.Id == "alone" && a.Deleted);
    }

    /// <summary>The same action sent twice has one effect; its id reused for another action, or an annotation id taken twice, is a CONFLICT.</summary>
    [Fact]
    public async Task Annotate_Repeated_OneEffectAndReusedIdsConflict()
    {
        var (_, _, annotations) = await SubmittedReportAsync(Grains);
        var command = Comment("once", Researcher, Quote(ResultsV1, SurvivingQuote));

        var first = await annotations.AnnotateAsync(command);
        var repeat = await annotations.AnnotateAsync(command);
        var reusedAction = await Assert.ThrowsAsync<DomainException>(() =>
            annotations.DeleteAsync(new DeleteAnnotation(command.ClientMutationId, Researcher, "once")));
        var takenId = await Assert.ThrowsAsync<DomainException>(() => annotations.AnnotateAsync(command with { ClientMutationId = "another-action" }));
        var deleted = await annotations.DeleteAsync(new DeleteAnnotation("delete", Researcher, "once"));
        var deletedAgain = await annotations.DeleteAsync(new DeleteAnnotation("delete", Researcher, "once"));

        TestMissions.AssertSame(first, repeat);
        Assert.Equal((DomainErrorCode.Conflict, DomainErrorCode.Conflict), (reusedAction.Code, takenId.Code));
        TestMissions.AssertSame(deleted, deletedAgain);
        Assert.Single(await annotations.ListAsync(Researcher));
    }

    /// <summary>A mission's compte rendu is annotated like a report, section by section.</summary>
    [Fact]
    public async Task Annotate_MissionReport_OnItsVersion()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var (mission, planned) = await TestMissions.PlannedAsync(Grains, partnership);
        await mission.StartAsync(new StartMission("start", Staff, null));
        await mission.FileReportAsync(new FileMissionReport("report", Staff, TestMissions.Report()));
        var annotations = Grains.GetGrain<IAnnotationsGrain>(AnnotationRules.KeyFor(AnnotationTargetKind.MissionReport, planned.Key));
        var findings = TestMissions.Report().Findings;

        await annotations.AnnotateAsync(new Annotate("assess", Researcher, "assess", 1, Quote(findings, "fonctionne", "findings"),
            AnnotationMotivation.Assessing, "Constat confirmé par les enseignants.", AnnotationLanguage.Fr, null, AnnotationVisibility.Partnership));

        var shown = Assert.Single(await annotations.ListOnVersionAsync(South, 1));
        Assert.Equal((AnnotationTargetKind.MissionReport, planned.Key, "findings"), (shown.Annotation.Target.Kind, shown.Annotation.Target.DocumentId, shown.Selector!.Section));
    }

    /// <summary>Each change puts the document's annotations in the partnership's change feed, once, at their latest version.</summary>
    [Fact]
    public async Task Changes_AfterAnnotating_DocumentListedOnceInFeed()
    {
        var (partnership, _, annotations) = await SubmittedReportAsync(Grains);
        var cursor = (await partnership.GetChangesAsync(Staff, 0)).Cursor;

        await annotations.AnnotateAsync(Comment("a1", Researcher, Quote(ResultsV1, SurvivingQuote)));
        await annotations.ReplyAsync(Reply("a2", Staff, "a1"));
        var changes = await partnership.GetChangesAsync(Staff, cursor);

        var entry = Assert.Single(changes.Entities, e => e.Kind == AnnotationsGrain.Kind);
        Assert.Equal((annotations.GetPrimaryKeyString(), 2L), (entry.EntityId, entry.EntityVersion));
    }
}
