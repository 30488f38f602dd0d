using Cooperation.GraphQL.Tests.Reports;
using static Cooperation.GraphQL.Tests.Access.AccessCase;

namespace Cooperation.GraphQL.Tests.Access;

// The reports rows of the access matrix: North staff write and submit, South agents acknowledge or return, every
// member reads; each row that changes a report gets one of its own, drafted (and submitted) by the administrator.
public static partial class AccessCases
{
    private const string SeededReport = "sig-guediawaye/2026-01-01_2026-06-30";

    private static IReadOnlyList<AccessCase> Reports =>
    [
        new("Query.report", (_, _) => Doc($"{{ report(id: \"{Schema.Relay.GlobalId.Encode("Report", SeededReport)}\") {{ status overdue indicators {{ code actual }} versions {{ number }} history {{ nodes {{ action }} }} }} }}"),
            AllowedFor(OwnMembers)),
        new("Query.node(Report)", (_, _) => Doc($"{{ node(id: \"{Schema.Relay.GlobalId.Encode("Report", SeededReport)}\") {{ ... on Report {{ status }} }} }}"),
            AllowedFor(OwnMembers)),
        new("Partnership.missingReports", (_, _) => Doc($"{{ partnership(id: \"{Own}\") {{ missingReports {{ periodStart overdue dueAgo }} }} }}"), AllowedFor(OwnMembers)),
        new("Partnership.reports", (_, _) => Doc($"{{ partnership(id: \"{Own}\") {{ reports {{ key status }} }} }}"), AllowedFor(OwnMembers)),

        new("Mutation.draftReport", (_, _) =>
        {
            var (start, end) = ReportPeriods.Next();
            return Task.FromResult(Change("draftReport", "DraftReportInput",
                new { clientMutationId = MatrixContext.Id(), partnershipId = Own, periodStart = start, periodEnd = end, activities = "Ateliers SIG." }));
        }, AllowedFor(Role.NorthStaffOwn, Role.Administrator)),
        new("Mutation.editReport", async (m, _) => Change("editReport", "EditReportInput",
            new { clientMutationId = MatrixContext.Id(), reportId = await FreshReportAsync(m, submitted: false), results = "Trois couches SIG en service." }),
            AllowedFor(Role.NorthStaffOwn, Role.Administrator)),
        new("Mutation.submitReport", async (m, _) => Change("submitReport", "SubmitReportInput",
            new { clientMutationId = MatrixContext.Id(), reportId = await FreshReportAsync(m, submitted: false) }),
            AllowedFor(Role.NorthStaffOwn, Role.Administrator)),
        new("Mutation.acknowledgeReport", async (m, _) => Change("acknowledgeReport", "AcknowledgeReportInput",
            new { clientMutationId = MatrixContext.Id(), reportId = await FreshReportAsync(m, submitted: true), comment = "Bien reçu." }),
            AllowedFor(Role.SouthAgentOwn, Role.Administrator)),
        new("Mutation.returnReport", async (m, _) => Change("returnReport", "ReturnReportInput",
            new { clientMutationId = MatrixContext.Id(), reportId = await FreshReportAsync(m, submitted: true), comment = "Précisez les indicateurs." }),
            AllowedFor(Role.SouthAgentOwn, Role.Administrator)),
    ];

    /// <summary>A report of the own partnership on a period of its own, drafted (and submitted) by the administrator.</summary>
    private static async Task<string> FreshReportAsync(MatrixContext m, bool submitted)
    {
        var token = await m.TokenAsync(Role.Administrator);
        var (start, end) = ReportPeriods.Next();
        var (_, body) = await m.Http.PostGraphQLAsync(
            "mutation($i: DraftReportInput!) { draftReport(input: $i) { report { id } } }",
            new { i = new { clientMutationId = MatrixContext.Id(), partnershipId = Own, periodStart = start, periodEnd = end, activities = "Rapport de la matrice d'accès." } },
            token);
        var id = body["data"]?["draftReport"]?["report"]?["id"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"Draft failed: {body.ToJsonString()}");
        if (submitted)
            await m.Http.PostGraphQLAsync(
                "mutation($i: SubmitReportInput!) { submitReport(input: $i) { clientMutationId } }",
                new { i = new { clientMutationId = MatrixContext.Id(), reportId = id } }, token);
        return id;
    }
}
