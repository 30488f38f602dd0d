using System.Net.Http.Headers;
using System.Text;
using static Cooperation.GraphQL.Tests.Funding.FundRequests;

namespace Cooperation.GraphQL.Tests.Funding;

[Collection(ApiCollection.Name)]
public sealed class FundApiTests(ApiFixture api)
{
    private const string Applicant = "sig-guediawaye";

    private HttpClient Http => api.Http;

    private Task<string> ManagerAsync() => api.TokenAsync(People.FundManager);

    private Task<string> ReviewerAsync() => api.TokenAsync(People.Reviewer);

    private Task<string> NorthAsync() => api.TokenAsync(People.CastresNorth);

    private async Task<JsonNode> ReadAsync(string id, string token, string fields)
    {
        var (_, body) = await Http.PostGraphQLAsync($"query($id: ID!) {{ fundApplication(id: $id) {{ {fields} }} }}", new { id }, token);
        return body["data"]?["fundApplication"] ?? throw new InvalidOperationException(body.ToJsonString());
    }

    /// <summary>The seeded 2026 call: its rubric, both files filed, Paul's review of Sénéclic with its citation, Thomas kept off SIG Guédiawaye.</summary>
    [Fact]
    public async Task Seed_Call2026_FilesReviewsAndBlockedConflict()
    {
        var (_, body) = await Http.PostGraphQLAsync("""
            { fundCall(id: "fsn-2026") { year criteria { key weight } requiredPieces
                applications { number applicant status submittedVersions reviews { reviewer recused submitted weightedScore
                  scores { criterionKey citations { section exact } } } }
                ranking { rank applicant score } } }
            """, null, await ManagerAsync());

        var call = body["data"]!["fundCall"]!;
        Assert.Equal(5, call["criteria"]!.AsArray().Count);
        var files = call["applications"]!.AsArray();
        Assert.Equal(["Communauté d'agglomération de Castres-Mazamet", "Ville de Besançon"], files.Select(f => f!["applicant"]!.GetValue<string>()));
        Assert.All(files, f => Assert.Equal(("UNDER_REVIEW", 1), (f!["status"]!.GetValue<string>(), f["submittedVersions"]!.GetValue<int>())));
        Assert.Equal(["Paul Lefèvre (DAECT, instructeur)"], files[0]!["reviews"]!.AsArray().Select(r => r!["reviewer"]!.GetValue<string>()));
        var paul = files[1]!["reviews"]!.AsArray().Single(r => r!["reviewer"]!.GetValue<string>().StartsWith("Paul", StringComparison.Ordinal))!;
        Assert.True(paul["submitted"]!.GetValue<bool>());
        Assert.Contains("ordinateurs reconditionnés", paul["scores"]![0]!["citations"]![0]!["exact"]!.GetValue<string>());
        Assert.Equal("Ville de Besançon", call["ranking"]![0]!["applicant"]!.GetValue<string>());

        var (_, ids) = await Http.PostGraphQLAsync("{ fundCall(id: \"fsn-2026\") { applications { id } } }", null, await ManagerAsync());
        var sigId = ids["data"]!["fundCall"]!["applications"]![0]!["id"]!.GetValue<string>();
        var (_, check) = await Http.PostGraphQLAsync(
            $"{{ reviewerConflicts(applicationId: \"{sigId}\", reviewerEmail: \"{People.ConflictedReviewer}\") {{ reason }} }}", null, await ManagerAsync());
        Assert.Contains("membre du partenariat candidat", check["data"]!["reviewerConflicts"]![0]!["reason"]!.GetValue<string>());
    }

    /// <summary>While drafting the checklist names what is missing; filing is then refused with the same words and nothing changes.</summary>
    [Fact]
    public async Task Submit_Incomplete_RefusedByChecklistAndStillDraft()
    {
        var call = await CallAsync(Http, await ManagerAsync());
        var id = await DraftAsync(Http, await NorthAsync(), call, Applicant, complete: false);

        var draft = await ReadAsync(id, await NorthAsync(), "ready checklist { check piece satisfied message }");
        var refused = await ActAsync(Http, await NorthAsync(), "submitFundApplication", "SubmitFundApplicationInput", new { clientMutationId = NewId(), applicationId = id });

        Assert.False(draft["ready"]!.GetValue<bool>());
        var gap = Assert.Single(draft["checklist"]!.AsArray(), i => !i!["satisfied"]!.GetValue<bool>())!;
        Assert.Equal(("REQUIRED_PIECE", "COUNCIL_DELIBERATION"), (gap["check"]!.GetValue<string>(), gap["piece"]!.GetValue<string>()));
        Assert.Equal("VALIDATION", refused.ErrorCode());
        Assert.Contains("joignez la délibération du conseil", refused.ErrorMessage());
        Assert.Equal(("DRAFT", 0), await StatusAsync(id));
    }

    /// <summary>Filed, then frozen: an edit is refused; the version keeps its text.</summary>
    [Fact]
    public async Task Submitted_EditRefused_VersionUnchanged()
    {
        var call = await CallAsync(Http, await ManagerAsync());
        var id = await SubmittedAsync(Http, await NorthAsync(), call, Applicant);

        var refused = await ActAsync(Http, await NorthAsync(), "editFundApplication", "EditFundApplicationInput",
            new { clientMutationId = NewId(), applicationId = id, description = "Texte changé après le dépôt." });

        Assert.Equal("VALIDATION", refused.ErrorCode());
        Assert.Contains("ne se modifie plus", refused.ErrorMessage());
        var version = await ReadAsync(id, await NorthAsync(), "versions { number description submittedBy }");
        Assert.Equal(Description, version["versions"]![0]!["description"]!.GetValue<string>());
    }

    /// <summary>A reviewer in the applicant partnership is refused with CONFLICT; a manager's reasoned override assigns him, reason shown.</summary>
    [Fact]
    public async Task Assign_ConflictedReviewer_BlockedThenOverriddenWithReason()
    {
        var call = await CallAsync(Http, await ManagerAsync());
        var id = await SubmittedAsync(Http, await NorthAsync(), call, Applicant);

        var blocked = await AssignAsync(Http, await ManagerAsync(), id, People.ConflictedReviewer);
        var overridden = await AssignAsync(Http, await ManagerAsync(), id, People.ConflictedReviewer, "Seul spécialiste des SIG disponible ; sans intérêt financier.");

        Assert.Equal("CONFLICT", blocked.ErrorCode());
        Assert.Contains("SIG Guédiawaye", blocked.ErrorMessage());
        var review = overridden["data"]!["assignReviewer"]!["application"]!["reviews"]![0]!;
        Assert.Equal("Seul spécialiste des SIG disponible ; sans intérêt financier.", review["overrideReason"]!.GetValue<string>());
        Assert.Contains("troisième partenaire", review["detectedConflicts"]![0]!["reason"]!.GetValue<string>());
    }

    /// <summary>A reviewer reads only what was assigned: their list, the call's list, and a direct read of another file (FORBIDDEN).</summary>
    [Fact]
    public async Task Reviewer_SeesOnlyAssignedFiles()
    {
        var call = await CallAsync(Http, await ManagerAsync());
        var mine = await SubmittedAsync(Http, await NorthAsync(), call, Applicant);
        var other = await SubmittedAsync(Http, await api.TokenAsync(People.BesanconNorth), call, "seneclic");
        await AssignAsync(Http, await ManagerAsync(), mine, People.Reviewer);

        var (_, listed) = await Http.PostGraphQLAsync($"{{ fundCall(id: \"{call}\") {{ applications {{ id }} }} reviewAssignments {{ id }} }}", null, await ReviewerAsync());
        var (status, refused) = await Http.PostGraphQLAsync("query($id: ID!) { fundApplication(id: $id) { title } }", new { id = other }, await ReviewerAsync());

        Assert.Equal([mine], listed["data"]!["fundCall"]!["applications"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()));
        Assert.Contains(mine, listed["data"]!["reviewAssignments"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()));
        Assert.DoesNotContain(other, listed["data"]!["reviewAssignments"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()));
        Assert.Equal(("FORBIDDEN", HttpStatusCode.Forbidden), (refused.ErrorCode(), status));
    }

    /// <summary>On a blind call the reviewer gets no partnership, authority, people, piece names or co-funders; the manager gets them all.</summary>
    [Fact]
    public async Task BlindCall_ReviewerSeesNoIdentity_ManagerDoes()
    {
        var call = await CallAsync(Http, await ManagerAsync(), blind: true);
        var id = await SubmittedAsync(Http, await NorthAsync(), call, Applicant);
        await AssignAsync(Http, await ManagerAsync(), id, People.Reviewer);
        const string fields = "blind partnershipId partnership { name } applicant coFinancing { funder } pieces { kind name documentReference } versions { submittedBy } history { nodes { action } } description";

        var blind = await ReadAsync(id, await ReviewerAsync(), fields);
        var open = await ReadAsync(id, await ManagerAsync(), fields);

        Assert.True(blind["blind"]!.GetValue<bool>());
        Assert.Null(blind["partnershipId"]);
        Assert.Null(blind["partnership"]);
        Assert.Null(blind["applicant"]);
        Assert.Null(blind["versions"]![0]!["submittedBy"]);
        Assert.Null(blind["history"]);
        Assert.Equal("Cofinanceur n° 1 / Co-funder #1", blind["coFinancing"]![0]!["funder"]!.GetValue<string>());
        Assert.All(blind["pieces"]!.AsArray(), p => Assert.Equal(("—", null), (p!["name"]!.GetValue<string>(), p["documentReference"]?.GetValue<string>())));
        Assert.DoesNotContain("Castres", blind.ToJsonString());
        Assert.Equal(Description, blind["description"]!.GetValue<string>());

        Assert.False(open["blind"]!.GetValue<bool>());
        Assert.Equal("Communauté d'agglomération de Castres-Mazamet", open["applicant"]!.GetValue<string>());
        Assert.StartsWith("SIG Guédiawaye", open["partnership"]!["name"]!.GetValue<string>());
        Assert.NotNull(open["versions"]![0]!["submittedBy"]);
    }

    /// <summary>Scores stay within each criterion's scale, a citation must be in the filed text, and a good one comes back completed.</summary>
    [Fact]
    public async Task Score_BoundsAndCitations_CheckedAndCompleted()
    {
        var call = await CallAsync(Http, await ManagerAsync());
        var id = await SubmittedAsync(Http, await NorthAsync(), call, Applicant);
        await AssignAsync(Http, await ManagerAsync(), id, People.Reviewer);
        var exact = "réseau de l'Agenda 21";
        var start = Description.IndexOf(exact, StringComparison.Ordinal);

        var tooHigh = await ScoreAsync(Http, await ReviewerAsync(), id, "pertinence", 6);
        var badQuote = await ScoreAsync(Http, await ReviewerAsync(), id, "pertinence", 4, [new { section = "description", exact = "réseau de l'Agenda 22", start, end = start + exact.Length }]);
        var scored = await ScoreAsync(Http, await ReviewerAsync(), id, "pertinence", 4, [new { section = "description", exact, start, end = start + exact.Length }]);

        Assert.Equal(("VALIDATION", "VALIDATION"), (tooHigh.ErrorCode(), badQuote.ErrorCode()));
        Assert.Contains("l'échelle 0–5", tooHigh.ErrorMessage());
        Assert.Contains("Citation n° 1", badQuote.ErrorMessage());
        var citation = scored["data"]!["scoreFundApplication"]!["application"]!["reviews"]![0]!["scores"]![0]!["citations"]![0]!;
        Assert.Equal((exact, "."), (citation["exact"]!.GetValue<string>(), citation["suffix"]!.GetValue<string>()));
        Assert.EndsWith("de Guédiawaye, avec le ", citation["prefix"]!.GetValue<string>());
    }

    /// <summary>Two reviews average into the file's weighted score; the ranking puts the best file first and the CSV says the same.</summary>
    [Fact]
    public async Task Ranking_WeightedScores_CsvExportForManagersOnly()
    {
        var manager = await ManagerAsync();
        var reviewer = await ReviewerAsync();
        var call = await CallAsync(Http, manager);
        var weaker = await SubmittedAsync(Http, await NorthAsync(), call, Applicant);
        var stronger = await SubmittedAsync(Http, await api.TokenAsync(People.BesanconNorth), call, "seneclic");
        foreach (var (id, pertinence, budget) in new[] { (weaker, 2, 5), (stronger, 5, 8) })
        {
            await AssignAsync(Http, manager, id, People.Reviewer);
            await ScoreAsync(Http, reviewer, id, "pertinence", pertinence);
            await ScoreAsync(Http, reviewer, id, "budget", budget);
            await ActAsync(Http, reviewer, "submitReview", "SubmitReviewInput", new { clientMutationId = NewId(), applicationId = id });
        }
        await ActAsync(Http, manager, "grantFundApplication", "GrantFundApplicationInput",
            new { clientMutationId = NewId(), applicationId = stronger, amount = 35000.5m, reasons = "Projet « exemplaire » ; budget; réduit" });

        var (_, body) = await Http.PostGraphQLAsync($"{{ fundCall(id: \"{call}\") {{ ranking {{ rank applicationId score status grantedAmount }} }} }}", null, manager);
        var csv = await GetCsvAsync(call, manager);

        // Weights 3 and 1: (3 × 5/5 + 1 × 8/10) / 4 = 95; (3 × 2/5 + 1 × 5/10) / 4 = 42.5.
        var ranking = body["data"]!["fundCall"]!["ranking"]!.AsArray();
        Assert.Equal([(1, stronger, 95m), (2, weaker, 42.5m)],
            ranking.Select(r => (r!["rank"]!.GetValue<int>(), r["applicationId"]!.GetValue<string>(), r["score"]!.GetValue<decimal>())));
        Assert.Equal(HttpStatusCode.OK, csv.Status);
        Assert.Equal("text/csv", csv.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], csv.Bytes[..3]);
        var lines = Encoding.UTF8.GetString(csv.Bytes[3..]).Split("\r\n");
        Assert.Equal("Rang;Dossier n°;Partenariat;Collectivité porteuse;Projet;Montant demandé (€);Note pondérée (/100);Évaluations comptées;État;Montant accordé (€);Motifs de la décision", lines[0]);
        Assert.StartsWith("1;2;Sénéclic", lines[1]);
        Assert.True(lines[1].EndsWith(";95;1;accordé;35000,5;\"Projet « exemplaire » ; budget; réduit\"", StringComparison.Ordinal), lines[1]);
        Assert.StartsWith("2;1;SIG Guédiawaye", lines[2]);
        Assert.Equal([""], lines[3..]); // two rows, each ended by CRLF
    }

    /// <summary>
    /// Titles a spreadsheet would run (<c>=2+3*7</c>, <c>@SUM(1+1)</c>, <c>+1</c>, <c>-1</c>, and after a tab or a carriage
    /// return, which the title loses when trimmed) come back as typed through GraphQL, and reach the CSV as text: a leading
    /// quote, the cell quoted. The exporter's own numbers stay numbers.
    /// </summary>
    [Fact]
    public async Task RankingCsv_FormulaTitles_ArriveAsText()
    {
        var manager = await ManagerAsync();
        string[] titles = ["=2+3*7", "@SUM(1+1)", "+1", "-1", "\t=1+1", "\r@A1"];
        var read = new List<string>();
        var rows = new List<string[]>();
        foreach (var title in titles)
        {
            // One call each: a partnership files one application per call.
            var call = await CallAsync(Http, manager);
            var id = await SubmittedAsync(Http, await NorthAsync(), call, Applicant, title);
            read.Add((await ReadAsync(id, manager, "title"))["title"]!.GetValue<string>());
            var csv = await GetCsvAsync(call, manager);
            rows.Add(Encoding.UTF8.GetString(csv.Bytes[3..]).Split("\r\n")[1].Split(';'));
        }

        Assert.Equal(["=2+3*7", "@SUM(1+1)", "+1", "-1", "=1+1", "@A1"], read);
        Assert.Equal(["\"'=2+3*7\"", "\"'@SUM(1+1)\"", "\"'+1\"", "\"'-1\"", "\"'=1+1\"", "\"'@A1\""], rows.Select(r => r[4]));
        Assert.All(rows, r => Assert.Equal(("1", "40000"), (r[1], r[5])));
    }

    /// <summary>The CSV is refused to anyone but managers, without saying whether the call exists.</summary>
    [Fact]
    public async Task RankingCsv_Access_RefusedToNonManagers()
    {
        var anonymous = await GetCsvAsync("fsn-2026", null);
        var reviewer = await GetCsvAsync("fsn-2026", await ReviewerAsync());
        var north = await GetCsvAsync("fsn-2026", await NorthAsync());
        var unknown = await GetCsvAsync("fsn-1999", await ManagerAsync());
        var malformed = await GetCsvAsync("FSN 2026", await ManagerAsync());

        Assert.Equal(
            [HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.BadRequest],
            new[] { anonymous, reviewer, north, unknown, malformed }.Select(r => r.Status));
        Assert.Contains("\"code\":\"FORBIDDEN\"", Encoding.UTF8.GetString(reviewer.Bytes));
    }

    /// <summary>Repeating a mutation with its id answers the same and changes nothing more; the history has one entry.</summary>
    [Fact]
    public async Task Mutations_RepeatedWithSameId_AppliedOnce()
    {
        var call = await CallAsync(Http, await ManagerAsync());
        var id = await DraftAsync(Http, await NorthAsync(), call, Applicant);
        var edit = new { clientMutationId = NewId("edit"), applicationId = id, title = "Former les citoyens et les ONG au SIG" };

        var first = await ActAsync(Http, await NorthAsync(), "editFundApplication", "EditFundApplicationInput", edit);
        var again = await ActAsync(Http, await NorthAsync(), "editFundApplication", "EditFundApplicationInput", edit);

        Assert.Equal(first["data"]!.ToJsonString(), again["data"]!.ToJsonString());
        var history = await ReadAsync(id, await NorthAsync(), "history { nodes { action } }");
        Assert.Equal(["FundApplicationEdited", "FundApplicationDrafted"], history["history"]!["nodes"]!.AsArray().Select(h => h!["action"]!.GetValue<string>()));
    }

    private async Task<(string Status, int Versions)> StatusAsync(string id)
    {
        var file = await ReadAsync(id, await NorthAsync(), "status submittedVersions");
        return (file["status"]!.GetValue<string>(), file["submittedVersions"]!.GetValue<int>());
    }

    private async Task<(HttpStatusCode Status, string? MediaType, byte[] Bytes)> GetCsvAsync(string call, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/funds/calls/{Uri.EscapeDataString(call)}/ranking.csv");
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }
}
