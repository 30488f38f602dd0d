using Cooperation.Grains.Reports;

namespace Cooperation.GraphQL.Tests.Reports;

/// <summary>Reports drafted for the tests of what happens on their due date.</summary>
public static class ReportDrafts
{
    /// <summary>
    /// A draft of <paramref name="partnershipId"/> whose due date is <paramref name="days"/> days after
    /// <paramref name="time"/>'s today, by <paramref name="token"/>'s North staff; its id, key and whether it is overdue.
    /// </summary>
    public static async Task<(string Id, string Key, bool Overdue)> DueInAsync(HttpClient http, string token, string partnershipId, TimeProvider time, int days)
    {
        var end = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(days - ReportRules.GraceDays);
        var (_, drafted) = await http.PostGraphQLAsync(
            "mutation($i: DraftReportInput!) { draftReport(input: $i) { report { id key overdue } } }",
            new
            {
                i = new
                {
                    clientMutationId = $"draft-{Guid.NewGuid():N}", partnershipId,
                    periodStart = end.AddDays(-1).ToString("yyyy-MM-dd"), periodEnd = end.ToString("yyyy-MM-dd"),
                    activities = "Raccordement des mairies de Kétou et Pobè.",
                },
            },
            token);
        var report = drafted["data"]?["draftReport"]?["report"] ?? throw new InvalidOperationException(drafted.ToJsonString());
        return (report["id"]!.GetValue<string>(), report["key"]!.GetValue<string>(), report["overdue"]!.GetValue<bool>());
    }
}
