namespace Cooperation.GraphQL.Tests.Funding;

/// <summary>The fund's requests the API tests and the access matrix send often, with realistic values.</summary>
public static class FundRequests
{
    public const string Description =
        "Former les citoyens et les ONG locales aux TIC et au système d'information géographique de Guédiawaye, avec le réseau de l'Agenda 21.";

    public static string NewId(string prefix = "fund") => $"{prefix}-{Guid.NewGuid():N}";

    public static object[] Rubric { get; } =
    [
        new { key = "pertinence", labelFr = "Pertinence", labelEn = "Relevance", weight = 3, scaleMin = 0, scaleMax = 5 },
        new { key = "budget", labelFr = "Réalisme du budget", labelEn = "Budget realism", weight = 1, scaleMin = 0, scaleMax = 10 },
    ];

    /// <summary>A complete file: 40,000 asked, 10,000 co-financed, 50,000 of budget, every required piece.</summary>
    public static object Content(string clientMutationId, string callId, string partnershipId, bool complete = true, string? title = null) => new
    {
        clientMutationId, callId, partnershipId,
        title = title ?? "Former les citoyens de Guédiawaye au SIG",
        description = Description,
        expectedResults = "Trois cents citoyens formés ; huit couches du SIG en service.",
        requestedAmount = 40000,
        coFinancing = new[] { new { funder = "Communauté d'agglomération de Castres-Mazamet", amount = 10000, secured = true } },
        budget = new[] { new { label = "Formations", amount = 30000 }, new { label = "Matériel du SIG", amount = 20000 } },
        pieces = complete
            ? new object[]
            {
                new { kind = "SIGNED_PARTNERSHIP_AGREEMENT", name = "Convention signée", documentReference = "Convention du 14 mars 2025" },
                new { kind = "COUNCIL_DELIBERATION", name = "Délibération du conseil communautaire", documentReference = "Délibération n° 2026-112" },
            }
            : [new { kind = "SIGNED_PARTNERSHIP_AGREEMENT", name = "Convention signée", documentReference = "Convention du 14 mars 2025" }],
    };

    /// <summary>A new open call (deadline in 30 days) with two criteria and two required pieces; returns its code.</summary>
    public static async Task<string> CallAsync(HttpClient http, string token, bool blind = false)
    {
        var code = $"fsn-t{Guid.NewGuid():N}"[..30];
        var (_, body) = await http.PostGraphQLAsync(
            "mutation($i: CreateFundCallInput!) { createFundCall(input: $i) { call { code } } }",
            new
            {
                i = new
                {
                    clientMutationId = NewId("call"), code, year = 2027, title = "Appel de test", envelope = 100000,
                    deadline = DateTimeOffset.UtcNow.AddDays(30).ToString("O"), blindReview = blind, criteria = Rubric,
                    requiredPieces = new[] { "SIGNED_PARTNERSHIP_AGREEMENT", "COUNCIL_DELIBERATION" },
                },
            }, token);
        return body["data"]?["createFundCall"]?["call"]?["code"]?.GetValue<string>() ?? throw new InvalidOperationException(body.ToJsonString());
    }

    /// <summary>A file of the partnership to the call, drafted by <paramref name="token"/>'s holder; returns its id.</summary>
    public static async Task<string> DraftAsync(HttpClient http, string token, string callCode, string slug, bool complete = true, string? title = null)
    {
        var (_, body) = await http.PostGraphQLAsync(
            "mutation($i: DraftFundApplicationInput!) { draftFundApplication(input: $i) { application { id } } }",
            new { i = Content(NewId("draft"), callCode, slug, complete, title) }, token);
        return body["data"]?["draftFundApplication"]?["application"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(body.ToJsonString());
    }

    public static async Task<JsonObject> ActAsync(HttpClient http, string token, string mutation, string inputType, object input, string fields = "status revision")
    {
        var (_, body) = await http.PostGraphQLAsync($"mutation($i: {inputType}!) {{ {mutation}(input: $i) {{ clientMutationId application {{ {fields} }} }} }}", new { i = input }, token);
        return body;
    }

    /// <summary>A filed file of the partnership to the call; returns its id.</summary>
    public static async Task<string> SubmittedAsync(HttpClient http, string token, string callCode, string slug, string? title = null)
    {
        var id = await DraftAsync(http, token, callCode, slug, title: title);
        var body = await ActAsync(http, token, "submitFundApplication", "SubmitFundApplicationInput", new { clientMutationId = NewId("submit"), applicationId = id });
        return body["errors"] is null ? id : throw new InvalidOperationException(body.ToJsonString());
    }

    public static async Task<JsonObject> AssignAsync(HttpClient http, string managerToken, string applicationId, string email, string? overrideReason = null) =>
        await ActAsync(http, managerToken, "assignReviewer", "AssignReviewerInput",
            new { clientMutationId = NewId("assign"), applicationId, reviewerEmail = email, overrideReason },
            "status reviews { reviewer overrideReason detectedConflicts { reason } }");

    public static async Task<JsonObject> ScoreAsync(HttpClient http, string reviewerToken, string applicationId, string criterion, int score, object[]? citations = null) =>
        await ActAsync(http, reviewerToken, "scoreFundApplication", "ScoreFundApplicationInput",
            new { clientMutationId = NewId("score"), applicationId, criterion, score, justification = "Justification de la note.", citations },
            "reviews { scores { criterionKey score citations { section exact prefix suffix start end } } weightedScore }");
}
