using Cooperation.GraphQL.Schema.Relay;
using Cooperation.GraphQL.Tests.Reports;

namespace Cooperation.GraphQL.Tests.Annotations;

/// <summary>Documents, reports and annotations the annotation tests use, on the shared API host.</summary>
public static class AnnotationRequests
{
    public const string Guediawaye = "sig-guediawaye";

    /// <summary>The seeded SIG Guédiawaye report, submitted once, which the demo's research team annotated.</summary>
    public static readonly string SeededReport = GlobalId.Encode("Report", "sig-guediawaye/2026-01-01_2026-06-30");

    /// <summary>The seeded annotations of <see cref="SeededReport"/>, in the order they were made.</summary>
    public static readonly string[] SeededIds = ["lisst-portail", "castres-frequentation", "lisst-agenda21", "lisst-code-appropriation", "lisst-note-formation"];

    public const string ReportResults = "Le SIG sert déjà à l'organisation communale ; le portail annonce les projets communaux aux citoyens.";

    public const string AnnotationFields = """
        id annotationId kind documentId version motivation text language tags visibility team creatorName mine deleted replyTo
        selector { section exact prefix suffix start end }
        """;

    /// <summary>A page of a version's threads: <c>$t</c> the target, <c>$first</c> and <c>$after</c> the page.</summary>
    public static readonly string Read = $$"""
        query($t: AnnotationTargetInput!, $first: Int, $after: String) {
          annotations(target: $t, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage endCursor }
            edges { cursor }
            nodes { annotations { anchoring note selector { section start end exact } annotation { {{AnnotationFields}} } } }
          }
        }
        """;

    /// <summary>The annotations of one page read (<see cref="Read"/>): oldest thread first, each thread whole.</summary>
    public static JsonArray Flat(JsonObject body) =>
        OldestThreadFirst(body["data"]?["annotations"]?["nodes"]?.AsArray() ?? throw new InvalidOperationException(body.ToJsonString()));

    /// <summary>
    /// Every annotation <paramref name="token"/>'s holder reads on a version, oldest thread first, each thread whole,
    /// read a hundred threads at a time from the newest: the shared host's other tests add threads to the same reports.
    /// </summary>
    public static async Task<JsonArray> AllAsync(HttpClient http, object target, string token)
    {
        var pages = new List<JsonArray>();
        string? after = null;
        do
        {
            var (_, body) = await http.PostGraphQLAsync(Read, new { t = target, first = 100, after }, token);
            var page = body["data"]?["annotations"] ?? throw new InvalidOperationException(body.ToJsonString());
            pages.Add(page["nodes"]!.AsArray());
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);
        return OldestThreadFirst(pages.SelectMany(p => p));
    }

    private static JsonArray OldestThreadFirst(IEnumerable<JsonNode?> newestThreadFirst) =>
        [.. newestThreadFirst.Reverse().SelectMany(t => t!["annotations"]!.AsArray()).Select(a => a!.DeepClone())];

    public static readonly string Annotate =
        $"mutation($i: AnnotateInput!) {{ annotate(input: $i) {{ clientMutationId annotation {{ {AnnotationFields} }} }} }}";

    /// <summary>A fresh id of at most 40 characters, which fits client mutation ids and annotation ids alike.</summary>
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}" is var id && id.Length > 40 ? id[..40] : id;

    public static object Target(string reportId, int version) => new { kind = "PROGRESS_REPORT", id = reportId, version };

    public static object Document(string reportId) => new { kind = "PROGRESS_REPORT", id = reportId };

    public static object Selector(string text, string quote, string section = "results")
    {
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        return new { section, exact = quote, start, end = start + quote.Length };
    }

    public static object AnnotateInput(string reportId, string annotationId, object selector, int version = 1, string visibility = "PARTNERSHIP", string? clientMutationId = null) => new
    {
        clientMutationId = clientMutationId ?? NewId("annotate"),
        annotationId,
        target = Target(reportId, version),
        selector,
        motivation = "QUESTIONING",
        text = "Combien de projets le portail annonce-t-il ?",
        visibility,
    };

    /// <summary>A report of SIG Guédiawaye on a period of its own, drafted and submitted by the North; returns its global id.</summary>
    public static async Task<string> SubmittedReportAsync(HttpClient http, string northToken, string results)
    {
        var (start, end) = ReportPeriods.Next();
        var (_, drafted) = await http.PostGraphQLAsync(
            "mutation($i: DraftReportInput!) { draftReport(input: $i) { report { id } } }",
            new { i = new { clientMutationId = NewId("draft"), partnershipId = Guediawaye, periodStart = start, periodEnd = end, activities = "Ateliers SIG.", results } },
            northToken);
        var id = drafted["data"]?["draftReport"]?["report"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(drafted.ToJsonString());
        await http.PostGraphQLAsync(
            "mutation($i: SubmitReportInput!) { submitReport(input: $i) { clientMutationId } }",
            new { i = new { clientMutationId = NewId("submit"), reportId = id } }, northToken);
        return id;
    }
}
