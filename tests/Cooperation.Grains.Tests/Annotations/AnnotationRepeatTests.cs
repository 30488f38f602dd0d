using Cooperation.Grains.Accounts;
using Cooperation.Grains.Accounts.Commands;
using Cooperation.Grains.Annotations;
using Cooperation.Grains.Annotations.Commands;
using Cooperation.Grains.Tests.Missions;
using static Cooperation.Grains.Tests.Annotations.TestAnnotations;

namespace Cooperation.Grains.Tests.Annotations;

/// <summary>
/// A repeated action id answers only the person who sent it, about the annotation it named; an annotation id taken by
/// an annotation one may not see is refused like a reused action id, after the whole input was checked.
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
        Assert.Equal(PrivateText, (await annotations.ListAsync(helene)).Single(a => a.Id == "private-note").Text);
    }

    /// <summary>
    /// Annotating under a hidden annotation's id is refused as a reused action id, not « already exists »; an invalid
    /// input is refused the same (VALIDATION) whether the id is taken or free, so ids cannot be confirmed one by one.
    /// </summary>
    [Fact]
    public async Task Annotate_HiddenAnnotationsId_RefusedAsReusedNotAsExisting()
    {
        var (annotations, helene) = await AnnotatedAsync();
        var badSelector = Quote(ResultsV1, SurvivingQuote) with { Start = 1 };

        var taken = await Assert.ThrowsAsync<DomainException>(() =>
            annotations.AnnotateAsync(Comment("private-note", South, Quote(ResultsV1, SurvivingQuote)) with { ClientMutationId = "probe-1" }));
        var invalidTaken = await Assert.ThrowsAsync<DomainException>(() =>
            annotations.AnnotateAsync(Comment("private-note", South, badSelector) with { ClientMutationId = "probe-2" }));
        var invalidFree = await Assert.ThrowsAsync<DomainException>(() =>
            annotations.AnnotateAsync(Comment("never-used", South, badSelector) with { ClientMutationId = "probe-3" }));
        var visible = await Assert.ThrowsAsync<DomainException>(() =>
            annotations.AnnotateAsync(Comment("private-note", helene, Quote(ResultsV1, SurvivingQuote)) with { ClientMutationId = "probe-4" }));

        AssertReused(taken);
        Assert.DoesNotContain("existe", taken.MessageFr);
        Assert.Equal((DomainErrorCode.Validation, DomainErrorCode.Validation), (invalidTaken.Code, invalidFree.Code));
        Assert.Equal(invalidTaken.MessageFr, invalidFree.MessageFr);
        // Its own creator sees it: she is told plainly.
        Assert.Equal(DomainErrorCode.Conflict, visible.Code);
        Assert.Contains("existe déjà", visible.MessageFr);
    }

    /// <summary>A reply under a hidden annotation's id is refused the same way.</summary>
    [Fact]
    public async Task Reply_HiddenAnnotationsId_RefusedAsReused()
    {
        var (annotations, _) = await AnnotatedAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => annotations.ReplyAsync(Reply("team-note", South, "own") with { ClientMutationId = "probe" }));

        AssertReused(error);
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
