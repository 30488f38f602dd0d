using System.Text.Json.Nodes;
using Cooperation.Grains.Accounts;
using Cooperation.Grains.Accounts.Commands;
using Cooperation.Grains.Annotations;
using Cooperation.Grains.Annotations.Commands;
using Cooperation.Grains.Tests.Missions;
using static Cooperation.Grains.Tests.Annotations.TestAnnotations;

namespace Cooperation.Grains.Tests.Annotations;

/// <summary>
/// A repeated action id answers only the person who sent it, about the annotation it named; an annotation id taken by
/// an annotation one may not see is free for her, answered as any unused id.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class AnnotationRepeatTests(ClusterFixture cluster)
{
    private const string PrivateText = "À croiser avec nos entretiens de janvier auprès des ONG locales.";

    private const string TeamText = "Appropriation différenciée selon les services : à suivre dans les entretiens.";

    private IGrainFactory Grains => cluster.Grains;

    private static Actor South => TestPartnerships.SouthAgent;

    /// <summary>
    /// A report whose researcher (of the LISST-CIEU team) wrote a TEAM note and a PRIVATE one, and whose South agent
    /// wrote, edited and answered a shared annotation of her own: the ids she used are hers to repeat.
    /// </summary>
    private async Task<(IAnnotationsGrain Annotations, Actor Helene)> AnnotatedAsync()
    {
        var (partnership, _, annotations) = await SubmittedReportAsync(Grains);
        var helene = await ResearcherAsync(Grains, partnership, "Hélène Dupuis", "LISST-CIEU");
        await annotations.AnnotateAsync(Comment("team-note", helene, Quote(ResultsV1, SurvivingQuote), visibility: AnnotationVisibility.Team, text: TeamText));
        await annotations.AnnotateAsync(Comment("private-note", helene, Quote(ResultsV1, SurvivingQuote), visibility: AnnotationVisibility.Private, text: PrivateText));
        await annotations.AnnotateAsync(Comment("own", South, Quote(ResultsV1, SurvivingQuote)));
        await annotations.EditAsync(new EditAnnotation("edit-own", South, "own", "Combien de visites par mois ?"));
        await annotations.ReplyAsync(Reply("own-reply", South, "own"));
        return (annotations, helene);
    }

    /// <summary>The same person sending the same command about the same annotation gets the annotation as it is now, and nothing changes.</summary>
    [Fact]
    public async Task Repeat_SamePersonSameAnnotation_FirstResultNothingAdded()
    {
        var (annotations, _) = await AnnotatedAsync();
        var before = await annotations.ListAsync(South);

        var annotate = await annotations.AnnotateAsync(Comment("own", South, Quote(ResultsV1, SurvivingQuote)));
        var edit = await annotations.EditAsync(new EditAnnotation("edit-own", South, "own", "Combien de visites par mois ?"));
        var reply = await annotations.ReplyAsync(Reply("own-reply", South, "own"));

        Assert.Equal(("own", "own", "own-reply"), (annotate.Id, edit.Id, reply.Id));
        Assert.Equal("Combien de visites par mois ?", annotate.Text);
        TestMissions.AssertSame(before, await annotations.ListAsync(South));
    }

    /// <summary>
    /// One's own earlier annotate, edit or reply id sent with a hidden annotation's id (a TEAM note, a PRIVATE note) is
    /// a reused id: CONFLICT, with nothing of the note in the answer, and the note unchanged.
    /// </summary>
    [Theory]
    [InlineData("annotate", "team-note")]
    [InlineData("annotate", "private-note")]
    [InlineData("edit", "team-note")]
    [InlineData("edit", "private-note")]
    [InlineData("reply", "private-note")]
    public async Task Repeat_OwnIdNamingAHiddenAnnotation_ConflictRevealingNothing(string command, string hidden)
    {
        var (annotations, helene) = await AnnotatedAsync();
        var before = await annotations.ListAsync(helene);

        var error = await Assert.ThrowsAsync<DomainException>(() => command switch
        {
            "annotate" => annotations.AnnotateAsync(Comment("own", South, Quote(ResultsV1, SurvivingQuote)) with { AnnotationId = hidden }),
            "edit" => annotations.EditAsync(new EditAnnotation("edit-own", South, hidden, "Combien de visites par mois ?")),
            _ => annotations.ReplyAsync(Reply("own-reply", South, "own") with { AnnotationId = hidden }),
        });

        AssertReused(error);
        TestMissions.AssertSame(before, await annotations.ListAsync(helene));
    }

    /// <summary>Someone else's action id, even naming the very annotation it made, is refused: the answer would be hers to read.</summary>
    [Fact]
    public async Task Repeat_AnotherPersonsId_ConflictRevealingNothing()
    {
        var (annotations, helene) = await AnnotatedAsync();

        var fromSouth = await Assert.ThrowsAsync<DomainException>(() =>
            annotations.AnnotateAsync(Comment("private-note", South, Quote(ResultsV1, SurvivingQuote), visibility: AnnotationVisibility.Private, text: PrivateText)));
        var fromStaff = await Assert.ThrowsAsync<DomainException>(() =>
            annotations.EditAsync(new EditAnnotation("edit-own", TestPartnerships.Staff, "own", "Combien de visites par mois ?")));

        AssertReused(fromSouth);
        AssertReused(fromStaff);
        Assert.DoesNotContain(await annotations.ListAsync(South), a => a.Id == "private-note");
        Assert.Equal(PrivateText, (await annotations.ListAsync(helene)).Single(a => a.Id == "private-note" && a.Creator == helene).Text);
    }

    /// <summary>
    /// Annotating under a hidden annotation's id is answered as under an unused id: the annotation is made, the caller's
    /// own, and the hidden one is unchanged, still its creator's under that id; an invalid input is refused the same
    /// (VALIDATION) whether the id is taken or free, so ids cannot be confirmed one by one.
    /// </summary>
    [Fact]
    public async Task Annotate_HiddenAnnotationsId_AnsweredAsAnUnusedId()
    {
        var (annotations, helene) = await AnnotatedAsync();
        var before = await annotations.ListAsync(helene);
        var badSelector = Quote(ResultsV1, SurvivingQuote) with { Start = 1 };

        var onHidden = await annotations.AnnotateAsync(Comment("private-note", South, Quote(ResultsV1, SurvivingQuote)) with { ClientMutationId = "probe-1" });
        var onFree = await annotations.AnnotateAsync(Comment("never-used", South, Quote(ResultsV1, SurvivingQuote)) with { ClientMutationId = "probe-2" });
        var invalidTaken = await Assert.ThrowsAsync<DomainException>(() =>
            annotations.AnnotateAsync(Comment("team-note", South, badSelector) with { ClientMutationId = "probe-3" }));
        var invalidFree = await Assert.ThrowsAsync<DomainException>(() =>
            annotations.AnnotateAsync(Comment("never-used-either", South, badSelector) with { ClientMutationId = "probe-4" }));
        var visible = await Assert.ThrowsAsync<DomainException>(() =>
            annotations.AnnotateAsync(Comment("private-note", helene, Quote(ResultsV1, SurvivingQuote)) with { ClientMutationId = "probe-5" }));

        TestMissions.AssertSame(onFree with { Id = onHidden.Id, Created = onHidden.Created }, onHidden);
        Assert.Equal(South, onHidden.Creator);
        Assert.Equal((DomainErrorCode.Validation, DomainErrorCode.Validation), (invalidTaken.Code, invalidFree.Code));
        Assert.Equal(invalidTaken.MessageFr, invalidFree.MessageFr);
        // Its own creator sees hers: she is told plainly, and reads it as she wrote it.
        Assert.Equal(DomainErrorCode.Conflict, visible.Code);
        Assert.Contains("existe déjà", visible.MessageFr);
        TestMissions.AssertSame(before.Where(a => a.Creator == helene).ToList(), (await annotations.ListAsync(helene)).Where(a => a.Creator == helene).ToList());
        Assert.Equal(PrivateText, (await annotations.ListAsync(helene)).Single(a => a.Id == "private-note" && a.Creator == helene).Text);
        Assert.DoesNotContain(await annotations.ListAsync(South), a => a.Text == PrivateText);
    }

    /// <summary>
    /// A reply under a hidden annotation's id is made as under any other id; replies to the two annotations of one id
    /// stay in their own threads, each creator editing her own.
    /// </summary>
    [Fact]
    public async Task Reply_HiddenAnnotationsId_MadeAndThreadsKeptApart()
    {
        var (annotations, helene) = await AnnotatedAsync();

        var reply = await annotations.ReplyAsync(Reply("team-note", South, "own") with { ClientMutationId = "probe" });
        var answer = await annotations.ReplyAsync(Reply("to-own-id", South, "team-note", "Sur ma réponse."));
        var heleneAnswer = await annotations.ReplyAsync(Reply("to-team-note", helene, "team-note", "Sur la note d'équipe."));
        await annotations.EditAsync(new EditAnnotation("edit-own-reply", South, "team-note", "Réponse reprise."));

        Assert.Equal(("team-note", "own"), (reply.Id, reply.ReplyTo));
        Assert.Equal((AnnotationVisibility.Partnership, AnnotationVisibility.Team), (answer.Visibility, heleneAnswer.Visibility));
        Assert.Equal((South.Id, helene.Id), (answer.ReplyToCreator, heleneAnswer.ReplyToCreator));
        var seen = await annotations.ListAsync(helene);
        Assert.Equal(TeamText, seen.Single(a => a.Id == "team-note" && a.Creator == helene).Text);
        Assert.Equal("Réponse reprise.", seen.Single(a => a.Id == "team-note" && a.Creator == South).Text);
        var onOne = await annotations.ListOnVersionAsync(helene, 1);
        Assert.All(onOne, a => Assert.Equal(AnnotationAnchoring.OnThisVersion, a.Anchoring));
        Assert.DoesNotContain(await annotations.ListAsync(South), a => a.Text == TeamText || a.Text == "Sur la note d'équipe.");
    }

    /// <summary>
    /// A document's annotations as stored before ids were each creator's (a reply naming its thread by id alone) read
    /// back as they were, threads included, and take replies and edits.
    /// </summary>
    [Fact]
    public async Task StoredBeforeIdsPerCreator_ReadBackAndWritable()
    {
        var (source, helene) = await AnnotatedAsync();
        var (partnership, _, target) = await SubmittedReportAsync(Grains);
        await Grains.GetGrain<IAccountGrain>(helene.Id).SetMembershipAsync(new SetMembership("join", Actor.Seed, partnership.GetPrimaryKeyString(), MemberRole.ThirdPartner));
        var written = await source.ListAsync(helene);
        var json = JsonNode.Parse(StorageLog.Json.Serialize(new AnnotationsState { Annotations = [.. written], Version = written.Count }).ToString())!.AsObject();
        // A reply named its thread by id alone; nothing else of an annotation was stored otherwise.
        foreach (var annotation in json["Annotations"]!.AsArray())
            Assert.Equal(annotation!["ReplyTo"] is not null, annotation.AsObject().Remove("ReplyToCreator"));
        await cluster.StoreAsync(target, "annotations", StorageLog.Json.Deserialize<AnnotationsState>(BinaryData.FromString(json.ToJsonString()))!);

        var read = await target.ListAsync(helene);
        var onOne = await target.ListOnVersionAsync(South, 1);
        var reply = await target.ReplyAsync(Reply("after", South, "own"));
        var edit = await target.EditAsync(new EditAnnotation("edit-after", helene, "private-note", "Relu."));

        TestMissions.AssertSame(written.Select(a => a with { ReplyToCreator = null }).ToList(), read.ToList());
        Assert.Equal(["own", "own-reply"], onOne.Select(a => a.Annotation.Id));
        Assert.Equal((South.Id, "Relu."), (reply.ReplyToCreator, edit.Text));
    }

    /// <summary>A repeat is checked against today's access: the researcher who left the partnership is refused, not answered.</summary>
    [Fact]
    public async Task Repeat_AfterLosingAccess_Forbidden()
    {
        var (partnership, _, annotations) = await SubmittedReportAsync(Grains);
        var helene = await ResearcherAsync(Grains, partnership, "Hélène Dupuis", "LISST-CIEU");
        var command = Comment("leaving", helene, Quote(ResultsV1, SurvivingQuote), visibility: AnnotationVisibility.Private, text: PrivateText);
        await annotations.AnnotateAsync(command);

        await Grains.GetGrain<IAccountGrain>(helene.Id).SetMembershipAsync(new SetMembership("leave", Actor.Seed, partnership.GetPrimaryKeyString(), null));
        var error = await Assert.ThrowsAsync<DomainException>(() => annotations.AnnotateAsync(command));

        Assert.Equal(DomainErrorCode.Forbidden, error.Code);
        Assert.DoesNotContain(PrivateText, error.Message);
    }

    private static void AssertReused(DomainException error)
    {
        Assert.Equal(DomainErrorCode.Conflict, error.Code);
        Assert.Contains("a déjà servi", error.MessageFr);
        Assert.DoesNotContain(PrivateText, error.Message);
        Assert.DoesNotContain(TeamText, error.Message);
    }
}
