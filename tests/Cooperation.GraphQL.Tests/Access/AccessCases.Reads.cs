using Cooperation.GraphQL.Tests.Annotations;
using Cooperation.GraphQL.Tests.Funding;
using static Cooperation.GraphQL.Tests.Access.ReadCase;

namespace Cooperation.GraphQL.Tests.Access;

// The matrix's reads of fields guarded by their parent, role by role: reaching a file, a document or a history is
// one rule; what each reader then sees of its reviews, score, history lines, annotations and action ids is another,
// decided by the grain or the resolver for that reader. Each row's data is made once and read by every role.
public static partial class AccessCases
{
    /// <summary>Every read row.</summary>
    public static IReadOnlyList<ReadCase> Reads => ReadRows.Value;

    private static readonly Lazy<IReadOnlyList<ReadCase>> ReadRows = new(() =>
    [
        new("FundApplication.reviews", File("reviews { reviewer }"),
            data => Names(data["fundApplication"]!["reviews"]!.AsArray().Select(r => r!["reviewer"]!.GetValue<string>())),
            Reads((Role.FundManager, "Paul Lefèvre, Thomas Garnier"), (Role.Administrator, "Paul Lefèvre, Thomas Garnier"), (Role.FundReviewer, "Paul Lefèvre"),
                (Role.NorthStaffOwn, ""), (Role.SouthAgentOwn, ""), (Role.ThirdPartnerOwn, ""))),
        new("FundApplication.score", File("score"),
            data => data["fundApplication"]!["score"] is null ? "none" : "a score",
            Reads((Role.FundManager, "a score"), (Role.Administrator, "a score"), (Role.FundReviewer, "none"),
                (Role.NorthStaffOwn, "none"), (Role.SouthAgentOwn, "none"), (Role.ThirdPartnerOwn, "none"))),
        new("FundApplication.history", File("history(first: 100) { nodes { action clientMutationId } }"),
            data => data["fundApplication"]!["history"]?["nodes"] is not JsonArray history ? "none"
                : (history.Any(e => e!["action"]!.GetValue<string>() == "ReviewerAssigned") ? "the review process" : "the file's lifecycle")
                    + (history.Any(e => e!["clientMutationId"] is not null) ? ", with action ids" : ", no action id"),
            Reads((Role.FundManager, "the review process, no action id"), (Role.Administrator, "the review process, with action ids"), (Role.FundReviewer, "none"),
                (Role.NorthStaffOwn, "the file's lifecycle, no action id"), (Role.SouthAgentOwn, "the file's lifecycle, no action id"),
                (Role.ThirdPartnerOwn, "the file's lifecycle, no action id"))),
        new("Annotation.visibility(report)", async m =>
            ($"{{ annotations(target: {{ kind: PROGRESS_REPORT, id: \"{await m.OnceAsync("read:report", () => AnnotatedReportAsync(m))}\", version: 1 }}, first: 100) {{ totalCount nodes {{ annotations {{ annotation {{ visibility mine }} }} }} }} }}", null),
            Visibilities,
            Reads((Role.ThirdPartnerOwn, "PARTNERSHIP mine, PRIVATE mine, TEAM mine"), (Role.NorthStaffOwn, "PARTNERSHIP"), (Role.SouthAgentOwn, "PARTNERSHIP"),
                (Role.Administrator, "PARTNERSHIP"))),
        new("Annotation.visibility(fund file)", async m =>
            ($"{{ annotations(target: {{ kind: APPLICATION, id: \"{await m.OnceAsync("read:file", () => ReviewedFileAsync(m))}\", version: 1 }}, first: 100) {{ totalCount nodes {{ annotations {{ annotation {{ visibility mine }} }} }} }} }}", null),
            Visibilities,
            Reads((Role.FundReviewer, "PRIVATE mine, TEAM mine"), (Role.FundManager, "PRIVATE mine, TEAM"), (Role.Administrator, "TEAM"))),
        new("HistoryEntry.clientMutationId(partnership)", async m =>
        {
            await m.OnceAsync("read:history", () => PlannedByAdministratorAsync(m, HistoryMarker));
            return ($"{{ partnership(id: \"{Own}\") {{ history(first: 100) {{ nodes {{ clientMutationId }} }} }} }}", null);
        },
            data => data["partnership"]!["history"]!["nodes"]!.AsArray()
                .Any(e => e!["clientMutationId"]?.GetValue<string>().StartsWith(HistoryMarker, StringComparison.Ordinal) == true) ? "its maker's id" : "none",
            Reads((Role.Administrator, "its maker's id"), (Role.NorthStaffOwn, "none"), (Role.SouthAgentOwn, "none"), (Role.ThirdPartnerOwn, "none"))),
        new("ItemVerdict.clientMutationId", async m =>
            ($"{{ shipment(id: \"{await m.OnceAsync("read:shipment", () => FreshShipmentAsync(m, received: true))}\") {{ items {{ verdict {{ clientMutationId }} }} }} }}", null),
            data => data["shipment"]!["items"]!.AsArray().All(i => i!["verdict"]!["clientMutationId"] is null) ? "none" : "its maker's id",
            Reads((Role.Administrator, "its maker's id"), (Role.NorthStaffOwn, "none"), (Role.SouthAgentOwn, "none"), (Role.ThirdPartnerOwn, "none"))),
    ]);

    /// <summary>The query of a fund file whose review is under way (<see cref="ReviewedFileAsync"/>), asking for <paramref name="fields"/>.</summary>
    private static Func<MatrixContext, Task<(string, object?)>> File(string fields) => async m =>
        ($"{{ fundApplication(id: \"{await m.OnceAsync("read:file", () => ReviewedFileAsync(m))}\") {{ {fields} }} }}", null);

    /// <summary>
    /// A file of the own partnership, made and filed by the administrator, with two reviewers: the demo's (who scored,
    /// submitted, and wrote a team and a private note), and one in the applicant partnership assigned despite it; the
    /// fund manager wrote a private note.
    /// </summary>
    private static async Task<string> ReviewedFileAsync(MatrixContext m)
    {
        var file = await FreshFileAsync(m, assigned: true, scored: true);
        var (administrator, reviewer, manager) = (await m.TokenAsync(Role.Administrator), await m.TokenAsync(Role.FundReviewer), await m.TokenAsync(Role.FundManager));
        Require(await FundRequests.AssignAsync(m.Http, administrator!, file, People.ConflictedReviewer, "Seul spécialiste des SIG disponible."));
        Require(await FundRequests.ActAsync(m.Http, reviewer!, "submitReview", "SubmitReviewInput", new { clientMutationId = MatrixContext.Id(), applicationId = file }));
        foreach (var (token, visibility) in new[] { (reviewer, "TEAM"), (reviewer, "PRIVATE"), (manager, "PRIVATE") })
            Require((await m.Http.PostGraphQLAsync(AnnotationRequests.Annotate,
                new { i = FileNote(file, AnnotationRequests.NewId("read"), MatrixContext.Id(), visibility) }, token)).Body);
        return file;
    }

    /// <summary>A report of the own partnership, filed by the administrator, with a private, a team and a shared note of the researcher.</summary>
    private static async Task<string> AnnotatedReportAsync(MatrixContext m)
    {
        var report = await FreshReportAsync(m, submitted: true);
        foreach (var visibility in new[] { "PRIVATE", "TEAM", "PARTNERSHIP" })
            Require((await m.Http.PostGraphQLAsync(AnnotationRequests.Annotate, new
            {
                i = AnnotationRequests.AnnotateInput(report, AnnotationRequests.NewId("read"),
                    AnnotationRequests.Selector("Rapport de la matrice d'accès.", "matrice", "activities"), visibility: visibility),
            }, await m.TokenAsync(Role.ThirdPartnerOwn))).Body);
        return report;
    }

    /// <summary>How the action ids of the history row's milestone begin, so that the row finds its line among everyone's.</summary>
    private const string HistoryMarker = "read-history-";

    /// <summary>A milestone of the own partnership planned by the administrator under an id beginning with <paramref name="marker"/>.</summary>
    private static async Task<bool> PlannedByAdministratorAsync(MatrixContext m, string marker)
    {
        Require((await m.Http.PostGraphQLAsync("mutation($i: PlanMilestoneInput!) { planMilestone(input: $i) { clientMutationId } }",
            new { i = new { clientMutationId = marker + Guid.NewGuid().ToString("N"), partnershipId = Own, title = "Jalon lu par la matrice", side = "SOUTH", dueOn = "2027-06-30" } },
            await m.TokenAsync(Role.Administrator))).Body);
        return true;
    }

    private static string Visibilities(JsonNode data) => string.Join(", ", data["annotations"]!["nodes"]!.AsArray().SelectMany(t => t!["annotations"]!.AsArray())
        .Select(a => a!["annotation"]!["visibility"]!.GetValue<string>() + (a["annotation"]!["mine"]!.GetValue<bool>() ? " mine" : "")).Order(StringComparer.Ordinal));

    /// <summary>People's names without the organisation in parentheses, in order.</summary>
    private static string Names(IEnumerable<string> names) =>
        string.Join(", ", names.Select(n => n.Split(" (")[0]).Order(StringComparer.Ordinal));

    private static void Require(JsonObject body)
    {
        if (body["errors"] is not null)
            throw new InvalidOperationException($"Preparing a read row failed: {body.ToJsonString()}");
    }
}
