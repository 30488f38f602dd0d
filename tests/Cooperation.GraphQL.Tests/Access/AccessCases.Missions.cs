using static Cooperation.GraphQL.Tests.Access.AccessCase;

namespace Cooperation.GraphQL.Tests.Access;

// The missions rows of the access matrix.
public static partial class AccessCases
{
    private static readonly Role[] OwnNorth = [Role.NorthStaffOwn, Role.Administrator];

    private static IReadOnlyList<AccessCase> Missions =>
    [
        // Reading: every member of the own partnership, and administrators
        new("Query.mission", async (m, _) => ($"{{ mission(id: \"{await FreshMissionAsync(m)}\") {{ title status travellers {{ name }} reportVersions {{ number }} history {{ nodes {{ action }} }} }} }}", null),
            AllowedFor(OwnMembers)),
        new("Query.node(Mission)", async (m, _) => ($"{{ node(id: \"{await FreshMissionAsync(m)}\") {{ ... on Mission {{ title }} }} }}", null),
            AllowedFor(OwnMembers)),
        new("Partnership.missions", (_, _) => Doc($"{{ partnership(id: \"{Own}\") {{ missions {{ title startOn places {{ town }} }} }} }}"), AllowedFor(OwnMembers)),

        // North staff plan, edit, start, cancel and file the report
        new("Mutation.planMission", (_, _) => Task.FromResult(Change("planMission", "PlanMissionInput", MissionPlanInput(MatrixContext.Id()))), AllowedFor(OwnNorth)),
        new("Mutation.editMission", async (m, _) => Change("editMission", "EditMissionInput",
            new { clientMutationId = MatrixContext.Id(), missionId = await FreshMissionAsync(m), title = "Visite de terrain revue" }), AllowedFor(OwnNorth)),
        new("Mutation.startMission", async (m, _) => Change("startMission", "StartMissionInput",
            new { clientMutationId = MatrixContext.Id(), missionId = await FreshMissionAsync(m) }), AllowedFor(OwnNorth)),
        new("Mutation.fileMissionReport", async (m, _) => Change("fileMissionReport", "FileMissionReportInput",
            new { clientMutationId = MatrixContext.Id(), missionId = await FreshMissionAsync(m, started: true), whatWasDone = "Ateliers Agenda 21 tenus." }), AllowedFor(OwnNorth)),
        new("Mutation.cancelMission", async (m, _) => Change("cancelMission", "CancelMissionInput",
            new { clientMutationId = MatrixContext.Id(), missionId = await FreshMissionAsync(m), reason = "Reportée" }), AllowedFor(OwnNorth)),

        // South agents comment
        new("Mutation.commentOnMission", async (m, _) => Change("commentOnMission", "CommentOnMissionInput",
            new { clientMutationId = MatrixContext.Id(), missionId = await FreshMissionAsync(m), text = "Les ateliers auront lieu à la mairie." }),
            AllowedFor(Role.SouthAgentOwn, Role.Administrator)),
    ];

    private static object MissionPlanInput(string clientMutationId) => new
    {
        clientMutationId,
        partnershipId = Own,
        title = "Visite de terrain de la matrice d'accès",
        startOn = "2027-05-03",
        endOn = "2027-05-07",
        travellers = new[] { new { name = "Julien Roques", organisation = "Communauté d'agglomération de Castres-Mazamet" } },
        places = new[] { new { town = "Guédiawaye", country = "Sénégal" } },
        objectives = new[] { "Atelier Agenda 21" },
        agenda = new[] { new { date = "2027-05-04", text = "Atelier participatif." } },
    };

    /// <summary>A mission of the own partnership, planned (and started if asked) by the administrator, that nobody else touches.</summary>
    private static async Task<string> FreshMissionAsync(MatrixContext m, bool started = false)
    {
        var token = await m.TokenAsync(Role.Administrator);
        var (_, body) = await m.Http.PostGraphQLAsync(
            "mutation($i: PlanMissionInput!) { planMission(input: $i) { mission { id } } }", new { i = MissionPlanInput(MatrixContext.Id()) }, token);
        var id = body["data"]?["planMission"]?["mission"]?["id"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"Planning the matrix mission failed: {body.ToJsonString()}");
        if (started)
            await m.Http.PostGraphQLAsync(
                "mutation($i: StartMissionInput!) { startMission(input: $i) { mission { status } } }",
                new { i = new { clientMutationId = MatrixContext.Id(), missionId = id } }, token);
        return id;
    }
}
