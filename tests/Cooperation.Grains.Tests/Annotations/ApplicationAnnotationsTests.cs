using Cooperation.Grains.Accounts;
using Cooperation.Grains.Annotations;
using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Funding.Applications.Commands;
using Cooperation.Grains.Funding.Calls;
using Cooperation.Grains.Funding.Reviews.Commands;
using Cooperation.Grains.Tests.Funding;
using static Cooperation.Grains.Tests.Annotations.TestAnnotations;

namespace Cooperation.Grains.Tests.Annotations;

/// <summary>
/// Annotations on the filed versions of a fund application: the fund's people on the file (managers, assigned reviewers
/// who did not recuse) write and read them; the applicant partnership reads none, and none reach its change feed.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ApplicationAnnotationsTests(ClusterFixture cluster)
{
    /// <summary>Version 2 of the description: a sentence added in front, the training of the animators gone.</summary>
    private const string DescriptionV2 =
        "Le projet dure deux ans. Équiper les salles multimédia de quatre écoles de Dakar et Thiès avec des ordinateurs reconditionnés à Besançon.";

    private const string SurvivingQuote = "des ordinateurs reconditionnés à Besançon";

    private const string VanishingQuote = "former les animateurs TICE à leur entretien";

    private IGrainFactory Grains => cluster.Grains;

    private static Actor Staff => TestPartnerships.Staff;

    private sealed record Filed(IFundCallGrain Call, IPartnershipGrain Partnership, IFundApplicationGrain Application, IAnnotationsGrain Annotations, Actor Manager);

    private async Task<Filed> FiledAsync(bool blind = false)
    {
        var call = await TestFunds.NewCallAsync(Grains, cluster, blind);
        var (partnership, application) = await TestFunds.SubmittedAsync(Grains, call);
        var annotations = Grains.GetGrain<IAnnotationsGrain>(AnnotationRules.KeyFor(AnnotationTargetKind.Application, application.GetPrimaryKeyString()));
        return new Filed(call, partnership, application, annotations, await TestFunds.NewManagerAsync(Grains));
    }

    private static TextSelector InDescription(string text, string quote) => Quote(text, quote, "description");

    private async Task<Actor> AssignedReviewerAsync(Filed filed, string name = "Instructeur du Fonds")
    {
        var reviewer = await TestFunds.NewReviewerAsync(Grains, name);
        await filed.Application.AssignReviewerAsync(new AssignReviewer($"assign-{reviewer.Id}", filed.Manager, reviewer.Id));
        return reviewer;
    }

    /// <summary>
    /// The manager and an assigned reviewer annotate the filed version and read each other's team and shared notes; a
    /// private note stays its writer's; a team note's team is the fund.
    /// </summary>
    [Fact]
    public async Task Annotate_ManagerAndReviewer_ReadEachOthersSharedNotesNotPrivateOnes()
    {
        var filed = await FiledAsync();
        var reviewer = await AssignedReviewerAsync(filed);

        var team = await filed.Annotations.AnnotateAsync(Comment("manager-team", filed.Manager, InDescription(TestFunds.Description, SurvivingQuote),
            visibility: AnnotationVisibility.Team, text: "Vérifier le nombre d'ordinateurs promis."));
        await filed.Annotations.AnnotateAsync(Comment("reviewer-shared", reviewer, InDescription(TestFunds.Description, VanishingQuote), text: "Combien d'animateurs ?"));
        await filed.Annotations.AnnotateAsync(Comment("reviewer-private", reviewer, InDescription(TestFunds.Description, "quatre écoles"),
            visibility: AnnotationVisibility.Private, text: "Note pour moi."));
        await filed.Annotations.ReplyAsync(Reply("manager-reply", filed.Manager, "reviewer-shared", "Vingt, voir les résultats attendus."));

        Assert.Equal(AnnotationTargets.ApplicationTeam, team.Team);
        Assert.Equal(["manager-team", "reviewer-shared", "manager-reply"], (await filed.Annotations.ListOnVersionAsync(filed.Manager, 1)).Select(a => a.Annotation.Id));
        Assert.Equal(["manager-team", "reviewer-shared", "manager-reply", "reviewer-private"],
            (await filed.Annotations.ListOnVersionAsync(reviewer, 1)).Select(a => a.Annotation.Id));
    }

    /// <summary>
    /// The applicant's North staff read their file but not its annotations, not even the shared ones, and cannot annotate
    /// it; a reviewer not assigned to it is refused too.
    /// </summary>
    [Fact]
    public async Task ApplicantStaffOrUnassignedReviewer_NeitherReadsNorAnnotates()
    {
        var filed = await FiledAsync();
        await filed.Annotations.AnnotateAsync(Comment("shared", filed.Manager, InDescription(TestFunds.Description, SurvivingQuote)));
        var stranger = await TestFunds.NewReviewerAsync(Grains, "Instructeur d'un autre dossier");

        await filed.Application.GetVersionAsync(Staff, 1);
        var read = await Assert.ThrowsAsync<DomainException>(() => filed.Annotations.ListOnVersionAsync(Staff, 1));
        var write = await Assert.ThrowsAsync<DomainException>(() => filed.Annotations.AnnotateAsync(Comment("by-applicant", Staff, InDescription(TestFunds.Description, "quatre écoles"))));
        var strangerRead = await Assert.ThrowsAsync<DomainException>(() => filed.Annotations.ListAsync(stranger));

        Assert.Equal([DomainErrorCode.Forbidden, DomainErrorCode.Forbidden, DomainErrorCode.Forbidden], new[] { read.Code, write.Code, strangerRead.Code });
        Assert.Contains("le partenariat candidat n'y a pas accès", read.MessageFr);
        Assert.Single(await filed.Annotations.ListAsync(filed.Manager));
    }

    /// <summary>A reviewer who recused is no longer among the file's people: refused, while what they wrote stays for the manager.</summary>
    [Fact]
    public async Task Reviewer_AfterRecusal_RefusedAndTheirNoteStays()
    {
        var filed = await FiledAsync();
        var reviewer = await AssignedReviewerAsync(filed);
        await filed.Annotations.AnnotateAsync(Comment("before-recusal", reviewer, InDescription(TestFunds.Description, SurvivingQuote)));

        await filed.Application.RecuseAsync(new RecuseFromReview("recuse", reviewer, "Je connais le maire adjoint."));
        var read = await Assert.ThrowsAsync<DomainException>(() => filed.Annotations.ListOnVersionAsync(reviewer, 1));
        var write = await Assert.ThrowsAsync<DomainException>(() =>
            filed.Annotations.AnnotateAsync(Comment("after-recusal", reviewer, InDescription(TestFunds.Description, "quatre écoles"))));

        Assert.Equal((DomainErrorCode.Forbidden, DomainErrorCode.Forbidden), (read.Code, write.Code));
        Assert.Equal(["before-recusal"], (await filed.Annotations.ListAsync(filed.Manager)).Select(a => a.Id));
    }

    /// <summary>
    /// On a blind call a reviewer learns nothing of the applicant from the notes: a member of the applicant partnership,
    /// even assigned as a reviewer despite the conflict, neither writes nor reads them, so every writer is the fund's.
    /// </summary>
    [Fact]
    public async Task BlindCall_MemberOfApplicantAssignedDespiteConflict_CannotAnnotate()
    {
        var filed = await FiledAsync(blind: true);
        var blindReviewer = await AssignedReviewerAsync(filed, "Instructrice à l'aveugle");
        var member = await TestFunds.NewReviewerAsync(Grains, "Chercheuse du partenariat candidat",
            new Membership(filed.Partnership.GetPrimaryKeyString(), MemberRole.ThirdPartner));
        await filed.Application.AssignReviewerAsync(new AssignReviewer("assign-member", filed.Manager, member.Id, "Seule spécialiste disponible."));

        var write = await Assert.ThrowsAsync<DomainException>(() =>
            filed.Annotations.AnnotateAsync(Comment("by-member", member, InDescription(TestFunds.Description, SurvivingQuote))));
        var read = await Assert.ThrowsAsync<DomainException>(() => filed.Annotations.ListOnVersionAsync(member, 1));
        await filed.Annotations.AnnotateAsync(Comment("by-blind", blindReviewer, InDescription(TestFunds.Description, SurvivingQuote)));

        Assert.Equal((DomainErrorCode.Forbidden, DomainErrorCode.Forbidden), (write.Code, read.Code));
        Assert.True((await filed.Application.GetAsync(blindReviewer)).Viewer.Blind);
        Assert.Equal([blindReviewer.Id], (await filed.Annotations.ListOnVersionAsync(blindReviewer, 1)).Select(a => a.Annotation.Creator.Id));
    }

    /// <summary>
    /// Returned for completion and filed again as version 2: read on version 2, the note whose quote survived is
    /// re-anchored at its new place and the other is on an earlier version; on version 1 both stay where they were made.
    /// A reviewer assigned to version 2 reads them the same way.
    /// </summary>
    [Fact]
    public async Task ReturnedAndFiledAgain_QuoteSurvivesOrNot_ReanchoredOrOnEarlierVersion()
    {
        var filed = await FiledAsync();
        await filed.Annotations.AnnotateAsync(Comment("survives", filed.Manager, InDescription(TestFunds.Description, SurvivingQuote), text: "Combien d'ordinateurs ?"));
        await filed.Annotations.AnnotateAsync(Comment("vanishes", filed.Manager, InDescription(TestFunds.Description, VanishingQuote), text: "Formation chiffrée ?"));

        await filed.Application.ReturnAsync(new ReturnFundApplication("return", filed.Manager, "Précisez la durée du projet."));
        await filed.Application.EditAsync(new EditFundApplication("complete", Staff, null, Description: DescriptionV2));
        await filed.Application.SubmitAsync(new SubmitFundApplication("resubmit", Staff));
        var reviewer = await AssignedReviewerAsync(filed);
        var onTwo = await filed.Annotations.ListOnVersionAsync(reviewer, 2);
        var onOne = await filed.Annotations.ListOnVersionAsync(filed.Manager, 1);

        var survives = onTwo.Single(a => a.Annotation.Id == "survives");
        Assert.Equal((AnnotationAnchoring.Reanchored, DescriptionV2.IndexOf(SurvivingQuote, StringComparison.Ordinal)), (survives.Anchoring, survives.Selector!.Start));
        var vanishes = onTwo.Single(a => a.Annotation.Id == "vanishes");
        Assert.Equal((AnnotationAnchoring.OnEarlierVersion, (TextSelector?)null, 1), (vanishes.Anchoring, vanishes.Selector, vanishes.Annotation.Target.Version));
        Assert.All(onOne, a => Assert.Equal(AnnotationAnchoring.OnThisVersion, a.Anchoring));
        Assert.Equal(TestFunds.Description.IndexOf(SurvivingQuote, StringComparison.Ordinal), onOne.Single(a => a.Annotation.Id == "survives").Selector!.Start);
    }

    /// <summary>A repeated action has one effect; an application's annotations never enter the applicant partnership's change feed.</summary>
    [Fact]
    public async Task Annotate_Repeated_OneEffectAndNotInPartnershipFeed()
    {
        var filed = await FiledAsync();
        var cursor = (await filed.Partnership.GetChangesAsync(Staff, 0)).Cursor;
        var command = Comment("once", filed.Manager, InDescription(TestFunds.Description, SurvivingQuote), text: "Quel atelier de reconditionnement ?");

        var first = await filed.Annotations.AnnotateAsync(command);
        var again = await filed.Annotations.AnnotateAsync(command);
        var changes = await filed.Partnership.GetChangesAsync(Staff, cursor);

        Assert.Equal((first.Id, first.Created), (again.Id, again.Created));
        Assert.Single(await filed.Annotations.ListAsync(filed.Manager));
        Assert.DoesNotContain(changes.Entities, e => e.Kind == AnnotationsGrain.Kind);
    }

    /// <summary>A manager annotating a file that was never drafted, or a version not filed, meets NOT_FOUND; nothing is added.</summary>
    [Fact]
    public async Task Annotate_NoSuchFileOrVersion_NotFound()
    {
        var filed = await FiledAsync();
        var missing = Grains.GetGrain<IAnnotationsGrain>(AnnotationRules.KeyFor(AnnotationTargetKind.Application, $"{filed.Call.GetPrimaryKeyString()}/99"));

        var noFile = await Assert.ThrowsAsync<DomainException>(() =>
            missing.AnnotateAsync(Comment("nowhere", filed.Manager, InDescription(TestFunds.Description, SurvivingQuote))));
        var noVersion = await Assert.ThrowsAsync<DomainException>(() =>
            filed.Annotations.AnnotateAsync(Comment("v2", filed.Manager, InDescription(TestFunds.Description, SurvivingQuote), version: 2)));

        Assert.Equal((DomainErrorCode.NotFound, DomainErrorCode.NotFound), (noFile.Code, noVersion.Code));
        Assert.Empty(await filed.Annotations.ListAsync(filed.Manager));
    }
}
