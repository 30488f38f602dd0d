namespace Cooperation.GraphQL.Tests.Missions;

[Collection(ApiCollection.Name)]
public sealed class MissionApiTests(ApiFixture api)
{
    private const string Slug = "e-administration-plateau";

    private const string Plan = """
        mutation($i: PlanMissionInput!) {
          planMission(input: $i) { clientMutationId mission { id title status startOn endOn version travellers { name organisation } agenda { date text } milestoneIds } }
        }
        """;

    private const string Missions = "query($id: ID!) { partnership(id: $id) { missions { id title status } } }";

    private const string MissionQuery = """
        query($id: ID!) {
          mission(id: $id) {
            status reportVersionCount report { number whatWasDone }
            reportVersions { number whatWasDone findings followUp filedAt filedBy }
            first: reportVersion(number: 1) { number whatWasDone }
            comments { author text }
            history { nodes { action field } }
          }
        }
        """;

    private static object PlanInput(
        string clientMutationId, string startOn = "2027-06-07", string endOn = "2027-06-18",
        object[]? travellers = null, string agendaDay = "2027-06-08") => new
    {
        i = new
        {
            clientMutationId,
            partnershipId = Slug,
            title = "Mission de suivi du raccordement des mairies",
            startOn,
            endOn,
            travellers = travellers ?? [new { name = "Sophie Bernard", organisation = "Communauté d'agglomération du Grand Chalon" }],
            places = new[] { new { town = "Pobè", country = "Bénin" } },
            objectives = new[] { "Vérifier le raccordement des mairies." },
            agenda = new[] { new { date = agendaDay, text = "Visite de la mairie de Kétou." } },
        },
    };

    private Task<string> NorthAsync() => api.TokenAsync(People.ChalonNorth);

    private Task<string> SouthAsync() => api.TokenAsync(People.PlateauSouth);

    private async Task<string> PlanAsync()
    {
        var (_, body) = await api.Http.PostGraphQLAsync(Plan, PlanInput($"plan-{Guid.NewGuid():N}"), await NorthAsync());
        return body["data"]!["planMission"]!["mission"]!["id"]!.GetValue<string>();
    }

    private async Task<JsonObject> SendAsync(string mutation, string inputType, object input, string? token)
    {
        var (_, body) = await api.Http.PostGraphQLAsync(
            $"mutation($i: {inputType}!) {{ {mutation}(input: $i) {{ clientMutationId mission {{ status version }} }} }}", new { i = input }, token);
        return body;
    }

    private async Task<int> MissionCountAsync() =>
        (await api.Http.PostGraphQLAsync(Missions, new { id = Slug }, await NorthAsync())).Body["data"]!["partnership"]!["missions"]!.AsArray().Count;

    /// <summary>Planned → under way → reported; a second filing is version 2 and version 1 reads exactly as filed.</summary>
    [Fact]
    public async Task Mission_PlanStartReportTwice_VersionOneUnchanged()
    {
        var id = await PlanAsync();
        var north = await NorthAsync();

        var started = await SendAsync("startMission", "StartMissionInput", new { clientMutationId = $"s-{Guid.NewGuid():N}", missionId = id, expectedVersion = 1 }, north);
        await SendAsync("fileMissionReport", "FileMissionReportInput",
            new { clientMutationId = $"r1-{Guid.NewGuid():N}", missionId = id, whatWasDone = "Trois mairies visitées.", findings = "Débit faible à Kétou." }, north);
        var first = (await api.Http.PostGraphQLAsync(MissionQuery, new { id }, north)).Body["data"]!["mission"]!["first"]!.ToJsonString();
        await SendAsync("fileMissionReport", "FileMissionReportInput",
            new { clientMutationId = $"r2-{Guid.NewGuid():N}", missionId = id, whatWasDone = "Trois mairies visitées ; réunion des élus.", followUp = "Relancer l'opérateur." }, north);
        var mission = (await api.Http.PostGraphQLAsync(MissionQuery, new { id }, await SouthAsync())).Body["data"]!["mission"]!;

        Assert.Equal("UNDER_WAY", started["data"]!["startMission"]!["mission"]!["status"]!.GetValue<string>());
        Assert.Equal(("REPORTED", 2, 2), (mission["status"]!.GetValue<string>(), mission["reportVersionCount"]!.GetValue<int>(), mission["report"]!["number"]!.GetValue<int>()));
        Assert.Equal(first, mission["first"]!.ToJsonString());
        Assert.Equal("Trois mairies visitées.", mission["reportVersions"]![0]!["whatWasDone"]!.GetValue<string>());
        Assert.Equal("Relancer l'opérateur.", mission["reportVersions"]![1]!["followUp"]!.GetValue<string>());
    }

    /// <summary>The same plan sent twice with one clientMutationId creates one mission, and both answers agree.</summary>
    [Fact]
    public async Task PlanMission_SameClientMutationIdTwice_OneMission()
    {
        var before = await MissionCountAsync();
        var clientMutationId = $"plan-{Guid.NewGuid():N}";

        var first = await api.Http.PostGraphQLAsync(Plan, PlanInput(clientMutationId), await NorthAsync());
        var second = await api.Http.PostGraphQLAsync(Plan, PlanInput(clientMutationId), await NorthAsync());

        Assert.Equal(clientMutationId, first.Body["data"]!["planMission"]!["clientMutationId"]!.GetValue<string>());
        Assert.Equal(first.Body.ToJsonString(), second.Body.ToJsonString());
        Assert.Equal(before + 1, await MissionCountAsync());
    }

    /// <summary>Invalid missions get VALIDATION with a specific French message and create nothing.</summary>
    [Theory]
    [InlineData("end-before-start", "précède")]
    [InlineData("no-traveller", "au moins un membre")]
    [InlineData("agenda-outside", "hors des dates")]
    public async Task PlanMission_Invalid_ValidationAndNothingChanges(string problem, string expectedWords)
    {
        var before = await MissionCountAsync();
        var id = $"bad-{Guid.NewGuid():N}";
        var input = problem switch
        {
            "end-before-start" => PlanInput(id, startOn: "2027-06-18", endOn: "2027-06-07", agendaDay: "2027-06-10"),
            "no-traveller" => PlanInput(id, travellers: []),
            _ => PlanInput(id, agendaDay: "2027-06-25"),
        };

        var (status, body) = await api.Http.PostGraphQLAsync(Plan, input, await NorthAsync());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("VALIDATION", body.ErrorCode());
        Assert.Contains(expectedWords, body.ErrorMessage());
        Assert.Equal(before, await MissionCountAsync());
    }

    /// <summary>Cancelling needs a reason; with one, the mission is cancelled and a start is refused with a clear message.</summary>
    [Fact]
    public async Task CancelMission_WithoutThenWithReason_CancelledAndFinal()
    {
        var id = await PlanAsync();
        var north = await NorthAsync();

        var empty = await SendAsync("cancelMission", "CancelMissionInput", new { clientMutationId = $"c0-{Guid.NewGuid():N}", missionId = id, reason = " " }, north);
        var cancelled = await SendAsync("cancelMission", "CancelMissionInput", new { clientMutationId = $"c1-{Guid.NewGuid():N}", missionId = id, reason = "Reportée après les élections." }, north);
        var start = await SendAsync("startMission", "StartMissionInput", new { clientMutationId = $"s-{Guid.NewGuid():N}", missionId = id }, north);

        Assert.Equal("VALIDATION", empty.ErrorCode());
        Assert.Contains("raison", empty.ErrorMessage());
        Assert.Equal("CANCELLED", cancelled["data"]!["cancelMission"]!["mission"]!["status"]!.GetValue<string>());
        Assert.Equal("VALIDATION", start.ErrorCode());
        Assert.Contains("annulée", start.ErrorMessage());
    }

    /// <summary>The South agent comments and reads; she may not start the mission; another partnership's staff may not read it.</summary>
    [Fact]
    public async Task Mission_PerRole_SouthCommentsOthersRefused()
    {
        var id = await PlanAsync();

        var comment = await SendAsync("commentOnMission", "CommentOnMissionInput",
            new { clientMutationId = $"k-{Guid.NewGuid():N}", missionId = id, text = "Les maires de Kétou et Sakété seront présents." }, await SouthAsync());
        var southStart = await SendAsync("startMission", "StartMissionInput", new { clientMutationId = $"s-{Guid.NewGuid():N}", missionId = id }, await SouthAsync());
        var northComment = await SendAsync("commentOnMission", "CommentOnMissionInput", new { clientMutationId = $"n-{Guid.NewGuid():N}", missionId = id, text = "Merci" }, await NorthAsync());
        var (outsiderStatus, outsider) = await api.Http.PostGraphQLAsync(MissionQuery, new { id }, await api.TokenAsync(People.SeineSaintDenisNorth));
        var (anonymousStatus, anonymous) = await api.Http.PostGraphQLAsync(MissionQuery, new { id });
        var read = (await api.Http.PostGraphQLAsync("query($id: ID!) { mission(id: $id) { status comments { author text at } } }", new { id }, await SouthAsync()))
            .Body["data"]!["mission"]!;

        Assert.Null(comment["errors"]);
        Assert.Equal(("FORBIDDEN", "FORBIDDEN"), (southStart.ErrorCode(), northComment.ErrorCode()));
        Assert.Equal((HttpStatusCode.Forbidden, "FORBIDDEN"), (outsiderStatus, outsider.ErrorCode()));
        Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (anonymousStatus, anonymous.ErrorCode()));
        Assert.Equal("PLANNED", read["status"]!.GetValue<string>());
        Assert.Contains("Koffi Adjovi", read["comments"]![0]!["author"]!.GetValue<string>());
    }

    /// <summary>
    /// A comment echoes its clientMutationId to its author (so her phone shows what it queued once), and to nobody
    /// else; sent twice under one id, it is there once.
    /// </summary>
    [Fact]
    public async Task CommentOnMission_SentTwice_OnceAndIdEchoedToItsAuthorOnly()
    {
        var id = await PlanAsync();
        var input = new { clientMutationId = $"k-{Guid.NewGuid():N}", missionId = id, text = "Les maires seront présents." };
        await SendAsync("commentOnMission", "CommentOnMissionInput", input, await SouthAsync());
        await SendAsync("commentOnMission", "CommentOnMissionInput", input, await SouthAsync());

        const string comments = "query($id: ID!) { mission(id: $id) { comments { text clientMutationId } } }";
        var bySouth = (await api.Http.PostGraphQLAsync(comments, new { id }, await SouthAsync())).Body["data"]!["mission"]!["comments"]!.AsArray();
        var byNorth = (await api.Http.PostGraphQLAsync(comments, new { id }, await NorthAsync())).Body["data"]!["mission"]!["comments"]!.AsArray();

        Assert.Equal(input.clientMutationId, Assert.Single(bySouth)!["clientMutationId"]!.GetValue<string>());
        Assert.Null(Assert.Single(byNorth)!["clientMutationId"]);
    }

    /// <summary>A changed mission appears in the partnership's change feed after the cursor, as it is now.</summary>
    [Fact]
    public async Task Changes_AfterMissionChange_ListTheMission()
    {
        const string Changes = "query($p: ID!, $since: String) { changes(partnershipId: $p, since: $since) { cursor missions { id status } } }";
        var north = await NorthAsync();
        var cursor = (await api.Http.PostGraphQLAsync(Changes, new { p = Slug, since = (string?)null }, north)).Body["data"]!["changes"]!["cursor"]!.GetValue<string>();

        var id = await PlanAsync();
        await SendAsync("startMission", "StartMissionInput", new { clientMutationId = $"s-{Guid.NewGuid():N}", missionId = id }, north);
        var changes = (await api.Http.PostGraphQLAsync(Changes, new { p = Slug, since = cursor }, await SouthAsync())).Body["data"]!["changes"]!;

        var mission = Assert.Single(changes["missions"]!.AsArray(), m => m!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("UNDER_WAY", mission["status"]!.GetValue<string>());
    }

    /// <summary>An id that is not a mission's is a VALIDATION error, before any grain is asked.</summary>
    [Fact]
    public async Task Mission_MalformedId_Validation()
    {
        var (_, body) = await api.Http.PostGraphQLAsync(MissionQuery, new { id = "not-a-mission" }, await NorthAsync());

        Assert.Equal("VALIDATION", body.ErrorCode());
    }

    /// <summary>Each seeded partnership has its mission from the seed text; Sénéclic's is reported with its first report version.</summary>
    [Fact]
    public async Task SeededMissions_OnePerPartnership_SeneclicReported()
    {
        var admin = await api.TokenAsync(People.Administrator);
        var missions = new Dictionary<string, JsonArray>();
        foreach (var slug in new[] { "cerenum", "sig-guediawaye", "e-administration-plateau", "libriciels-figuig", "seneclic" })
        {
            var (_, body) = await api.Http.PostGraphQLAsync(
                "query($id: ID!) { partnership(id: $id) { missions { title status reportVersionCount } } }", new { id = slug }, admin);
            missions[slug] = body["data"]!["partnership"]!["missions"]!.AsArray();
        }

        Assert.Contains(missions["e-administration-plateau"], m => m!["title"]!.GetValue<string>() == "Mission de suivi des cadres et experts du Grand Chalon");
        Assert.Contains(missions["seneclic"], m => m!["status"]!.GetValue<string>() == "REPORTED" && m["reportVersionCount"]!.GetValue<int>() >= 1);
        Assert.All(missions.Values, list => Assert.NotEmpty(list));
    }
}
