using Cooperation.GraphQL.Tests.Funding;
using static Cooperation.GraphQL.Tests.Access.AccessCase;

namespace Cooperation.GraphQL.Tests.Access;

// The fund's rows of the access matrix: calls are public; managers open and edit calls, assign, return and decide;
// the partnership's North staff draft and file; assigned reviewers declare, recuse, score and submit; the ranking is
// the managers'. Each row that changes something gets a call (and a file of the own partnership) of its own, made by
// the administrator, with the demo reviewer assigned where the row needs one.
public static partial class AccessCases
{
    private static readonly Role[] Managers = [Role.FundManager, Role.Administrator];

    private static IReadOnlyList<AccessCase> Funds =>
    [
        new("Query.fundCalls", (_, _) => Doc("{ fundCalls { code title envelope criteria { key weight } requiredPieces } }"), Everyone),
        new("Query.fundCall", (_, _) => Doc("{ fundCall(id: \"fsn-2026\") { code deadline open rubricLocked } }"), Everyone),
        new("Query.fundApplication", async (m, _) => ($"{{ fundApplication(id: \"{await FreshFileAsync(m, assigned: true)}\") {{ number status title checklist {{ check satisfied }} versions {{ number }} reviews {{ reviewer }} }} }}", null),
            AllowedFor([.. OwnMembers, Role.FundReviewer, Role.FundManager])),
        new("Query.reviewAssignments", (_, _) => Doc("{ reviewAssignments { number title } }"), AllowedFor(Role.FundReviewer, Role.FundReviewerUnassigned, Role.Administrator)),
        new("Query.reviewerConflicts", async (m, _) => ($"{{ reviewerConflicts(applicationId: \"{await FreshFileAsync(m)}\", reviewerEmail: \"{People.ConflictedReviewer}\") {{ reason }} }}", null),
            AllowedFor(Managers)),
        new("FundCall.applications", (_, _) => Doc("{ fundCall(id: \"fsn-2026\") { applications { number status } } }"), AnySignedIn),
        new("FundCall.history", (_, _) => Doc("{ fundCall(id: \"fsn-2026\") { history(first: 5) { totalCount nodes { action } } } }"), AllowedFor(Managers)),
        new("FundCall.ranking", (_, _) => Doc("{ fundCall(id: \"fsn-2026\") { ranking { rank title score } } }"), AllowedFor(Managers)),

        new("Mutation.createFundCall", (_, _) => Task.FromResult(Change("createFundCall", "CreateFundCallInput", new
        {
            clientMutationId = MatrixContext.Id(), code = $"fsn-m{Guid.NewGuid():N}"[..30], year = 2027, title = "Appel de la matrice", envelope = 50000,
            deadline = DateTimeOffset.UtcNow.AddDays(30).ToString("O"), criteria = FundRequests.Rubric,
        })), AllowedFor(Managers)),
        new("Mutation.editFundCall", async (m, _) => Change("editFundCall", "EditFundCallInput",
            new { clientMutationId = MatrixContext.Id(), callId = await FreshCallAsync(m), envelope = 60000 }), AllowedFor(Managers)),
        new("Mutation.draftFundApplication", async (m, _) => Change("draftFundApplication", "DraftFundApplicationInput",
            FundRequests.Content(MatrixContext.Id(), await FreshCallAsync(m), Own)), AllowedFor(Role.NorthStaffOwn, Role.Administrator)),
        new("Mutation.editFundApplication", async (m, _) => Change("editFundApplication", "EditFundApplicationInput",
            new { clientMutationId = MatrixContext.Id(), applicationId = await FreshFileAsync(m, submitted: false), title = "Titre revu" }),
            AllowedFor(Role.NorthStaffOwn, Role.Administrator)),
        new("Mutation.submitFundApplication", async (m, _) => Change("submitFundApplication", "SubmitFundApplicationInput",
            new { clientMutationId = MatrixContext.Id(), applicationId = await FreshFileAsync(m, submitted: false) }),
            AllowedFor(Role.NorthStaffOwn, Role.Administrator)),
        new("Mutation.returnFundApplication", async (m, _) => Change("returnFundApplication", "ReturnFundApplicationInput",
            new { clientMutationId = MatrixContext.Id(), applicationId = await FreshFileAsync(m), reason = "Joignez la lettre d'intention." }), AllowedFor(Managers)),
        new("Mutation.assignReviewer", async (m, _) => Change("assignReviewer", "AssignReviewerInput",
            new { clientMutationId = MatrixContext.Id(), applicationId = await FreshFileAsync(m), reviewerEmail = People.Reviewer }), AllowedFor(Managers)),
        new("Mutation.declareConflictOfInterest", async (m, _) => Change("declareConflictOfInterest", "DeclareConflictOfInterestInput",
            new { clientMutationId = MatrixContext.Id(), applicationId = await FreshFileAsync(m, assigned: true), statement = "Je connais le maire adjoint." }),
            AllowedFor(Role.FundReviewer)),
        new("Mutation.recuseFromReview", async (m, _) => Change("recuseFromReview", "RecuseFromReviewInput",
            new { clientMutationId = MatrixContext.Id(), applicationId = await FreshFileAsync(m, assigned: true), reason = "Lien professionnel." }),
            AllowedFor(Role.FundReviewer)),
        new("Mutation.scoreFundApplication", async (m, _) => Change("scoreFundApplication", "ScoreFundApplicationInput",
            new { clientMutationId = MatrixContext.Id(), applicationId = await FreshFileAsync(m, assigned: true), criterion = "pertinence", score = 4, justification = "Pertinent." }),
            AllowedFor(Role.FundReviewer)),
        new("Mutation.submitReview", async (m, _) => Change("submitReview", "SubmitReviewInput",
            new { clientMutationId = MatrixContext.Id(), applicationId = await FreshFileAsync(m, assigned: true, scored: true) }),
            AllowedFor(Role.FundReviewer)),
        new("Mutation.grantFundApplication", async (m, _) => Change("grantFundApplication", "GrantFundApplicationInput",
            new { clientMutationId = MatrixContext.Id(), applicationId = await FreshFileAsync(m, assigned: true), amount = 30000, reasons = "Projet solide." }),
            AllowedFor(Managers)),
        new("Mutation.declineFundApplication", async (m, _) => Change("declineFundApplication", "DeclineFundApplicationInput",
            new { clientMutationId = MatrixContext.Id(), applicationId = await FreshFileAsync(m, assigned: true), reasons = "Hors du champ de l'appel." }),
            AllowedFor(Managers)),
    ];

    private static async Task<string> FreshCallAsync(MatrixContext m) => await FundRequests.CallAsync(m.Http, (await m.TokenAsync(Role.Administrator))!);

    /// <summary>A file of the own partnership to a fresh call, by the administrator: filed unless told, with the demo reviewer assigned (and every criterion scored) if asked.</summary>
    private static async Task<string> FreshFileAsync(MatrixContext m, bool submitted = true, bool assigned = false, bool scored = false)
    {
        var token = (await m.TokenAsync(Role.Administrator))!;
        var call = await FundRequests.CallAsync(m.Http, token);
        var id = submitted ? await FundRequests.SubmittedAsync(m.Http, token, call, Own) : await FundRequests.DraftAsync(m.Http, token, call, Own);
        if (assigned && (await FundRequests.AssignAsync(m.Http, token, id, People.Reviewer))["errors"] is { } error)
            throw new InvalidOperationException($"Assigning the matrix reviewer failed: {error.ToJsonString()}");
        if (scored)
        {
            var reviewer = (await m.TokenAsync(Role.FundReviewer))!;
            await FundRequests.ScoreAsync(m.Http, reviewer, id, "pertinence", 4);
            await FundRequests.ScoreAsync(m.Http, reviewer, id, "budget", 7);
        }
        return id;
    }
}
