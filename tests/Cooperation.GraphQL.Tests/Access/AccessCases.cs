using static Cooperation.GraphQL.Tests.Access.AccessCase;

namespace Cooperation.GraphQL.Tests.Access;

/// <summary>
/// Every guarded field of the schema with the outcome each role should meet. The schema test fails when a field
/// of Query or Mutation (or a guarded field of an object) has no row here.
/// </summary>
public static partial class AccessCases
{
    private const string Own = MatrixContext.Own;

    private static Task<(string, object?)> Doc(string query, object? variables = null) => Task.FromResult<(string, object?)>((query, variables));

    private static (string, object?) Change(string mutation, string inputType, object input) =>
        ($"mutation($i: {inputType}!) {{ {mutation}(input: $i) {{ clientMutationId }} }}", new { i = input });

    /// <summary>Every row: the core ones below and those each domain adds in its own file.</summary>
    /// <remarks>Built on first use: the lists live in several files, whose static fields initialise in no set order.</remarks>
    public static IReadOnlyList<AccessCase> All => AllRows.Value;

    private static readonly Lazy<IReadOnlyList<AccessCase>> AllRows = new(() =>
        WithReadBacks([.. Core, .. Sync, .. Shipments, .. Reports, .. Missions, .. Uploads, .. Annotations, .. Funds, .. Money, .. Notices, .. Research, .. Dashboards, .. Repeats]));

    private static IReadOnlyList<AccessCase> Sync =>
    [
        new("Mutation.sync", (_, _) => Doc($"mutation {{ sync(input: {{ partnershipId: \"{Own}\", actions: [] }}) {{ changes {{ cursor }} }} }}"), AllowedFor(OwnMembers)),
        new("Query.changes", (_, _) => Doc($"{{ changes(partnershipId: \"{Own}\") {{ cursor milestones {{ title }} history {{ action }} }} }}"), AllowedFor(OwnMembers)),
    ];

    private static IReadOnlyList<AccessCase> Core =>
    [
        // Query
        new("Query.partnerships", (_, _) => Doc("{ partnerships(first: 2) { totalCount nodes { name north { name } } } }"), Everyone),
        new("Query.partnership", (_, _) => Doc($"{{ partnership(id: \"{Own}\") {{ name themes thirdPartners {{ name }} }} }}"), Everyone),
        new("Query.node", (_, _) => Doc($"{{ node(id: \"{Schema.Relay.GlobalId.Encode("Partnership", Own)}\") {{ id }} }}"), Everyone),
        new("Query.viewer", (_, _) => Doc("{ viewer { email displayName roles memberships { role } } }"), AnySignedIn),
        new("Query.person", (_, _) => Doc($"{{ person(email: \"{People.GuediawayeSouth}\") {{ displayName }} }}"), AllowedFor(Role.Administrator)),

        // Inside a partnership
        new("Partnership.milestones", (_, _) => Doc($"{{ partnership(id: \"{Own}\") {{ milestones {{ title }} }} }}"), AllowedFor(OwnMembers)),
        new("Partnership.history", (_, _) => Doc($"{{ partnership(id: \"{Own}\") {{ history {{ nodes {{ action }} }} }} }}"), AllowedFor(OwnMembers)),
        new("Partnership.members", (_, _) => Doc($"{{ partnership(id: \"{Own}\") {{ members {{ displayName role }} }} }}"), AllowedFor(OwnMembers)),
        new("Person.history", (_, _) => Doc($"{{ person(email: \"{People.GuediawayeSouth}\") {{ history {{ nodes {{ action }} }} }} }}"), AllowedFor(Role.Administrator)),
        new("Query.node(Milestone)", async (m, _) => ($"{{ node(id: \"{await m.FreshMilestoneAsync()}\") {{ ... on Milestone {{ title }} }} }}", null), AllowedFor(OwnMembers)),

        // Milestones: North staff and South agents on the South side, administrators
        new("Mutation.planMilestone", (_, _) => Task.FromResult(Change("planMilestone", "PlanMilestoneInput",
            new { clientMutationId = MatrixContext.Id(), partnershipId = Own, title = "Former les ONG", side = "SOUTH", dueOn = "2027-04-30" })), AllowedFor(OwnPlanners)),
        new("Mutation.planMilestone(North side)", (_, _) => Task.FromResult(Change("planMilestone", "PlanMilestoneInput",
            new { clientMutationId = MatrixContext.Id(), partnershipId = Own, title = "Mission à Guédiawaye", side = "NORTH", dueOn = "2027-04-30" })),
            AllowedFor(Role.NorthStaffOwn, Role.Administrator)),
        new("Mutation.editMilestone", async (m, _) => Change("editMilestone", "EditMilestoneInput",
            new { clientMutationId = MatrixContext.Id(), milestoneId = await m.FreshMilestoneAsync(), title = "Titre revu" }), AllowedFor(OwnPlanners)),
        new("Mutation.rescheduleMilestone", async (m, _) => Change("rescheduleMilestone", "RescheduleMilestoneInput",
            new { clientMutationId = MatrixContext.Id(), milestoneId = await m.FreshMilestoneAsync(), dueOn = "2027-12-31" }), AllowedFor(OwnPlanners)),
        new("Mutation.recordMilestoneProgress", async (m, _) => Change("recordMilestoneProgress", "RecordMilestoneProgressInput",
            new { clientMutationId = MatrixContext.Id(), milestoneId = await m.FreshMilestoneAsync(), progress = 40 }), AllowedFor(OwnPlanners)),
        new("Mutation.completeMilestone", async (m, _) => Change("completeMilestone", "CompleteMilestoneInput",
            new { clientMutationId = MatrixContext.Id(), milestoneId = await m.FreshMilestoneAsync() }), AllowedFor(OwnPlanners)),
        new("Mutation.cancelMilestone", async (m, _) => Change("cancelMilestone", "CancelMilestoneInput",
            new { clientMutationId = MatrixContext.Id(), milestoneId = await m.FreshMilestoneAsync(), reason = "Reporté" }), AllowedFor(OwnPlanners)),

        // Sessions
        new("Mutation.signIn", (m, role) => Task.FromResult(Change("signIn", "SignInInput",
            new { clientMutationId = MatrixContext.Id(), email = MatrixContext.Emails[role == Role.Anonymous ? Role.FundReviewer : role], password = ApiHost.DemoPassword })), Everyone),
        new("Mutation.acceptInvitation", async (m, _) =>
        {
            var (email, code) = await m.FreshInvitationAsync();
            return Change("acceptInvitation", "AcceptInvitationInput", new { clientMutationId = MatrixContext.Id(), email, code, password = "un-mot-de-passe-sûr" });
        }, Everyone),
        new("Mutation.refreshSession", async (m, role) => Change("refreshSession", "RefreshSessionInput",
            new { clientMutationId = MatrixContext.Id(), refreshToken = (await m.FreshSessionAsync(role)).Refresh }), Everyone),
        new("Mutation.signOut", (_, _) => Task.FromResult(Change("signOut", "SignOutInput", new { clientMutationId = MatrixContext.Id() })), AnySignedIn),

        // Administration
        new("Mutation.invitePerson", (_, _) => Task.FromResult(Change("invitePerson", "InvitePersonInput",
            new { clientMutationId = MatrixContext.Id(), email = $"new-{Guid.NewGuid():N}@figuig.example", displayName = "Nouvelle personne" })), AllowedFor(Role.Administrator)),
        new("Mutation.setMembership", async (m, _) => Change("setMembership", "SetMembershipInput",
            new { clientMutationId = MatrixContext.Id(), email = (await m.FreshInvitationAsync()).Email, partnershipId = Own, role = "THIRD_PARTNER" }), AllowedFor(Role.Administrator)),
        new("Mutation.setAccountRoles", async (m, _) => Change("setAccountRoles", "SetAccountRolesInput",
            new { clientMutationId = MatrixContext.Id(), email = (await m.FreshInvitationAsync()).Email, roles = new[] { "FUND_REVIEWER" } }), AllowedFor(Role.Administrator)),
        new("Mutation.revokeSessions", async (m, _) => Change("revokeSessions", "RevokeSessionsInput",
            new { clientMutationId = MatrixContext.Id(), email = (await m.FreshInvitationAsync()).Email }), AllowedFor(Role.Administrator)),

        // Recovery: the signed-in person's own password (set again to the same, so the demo people keep theirs), an
        // administrator's codes and invitations, the reset code used by whoever holds it.
        new("Query.people", (_, _) => Doc("{ people { nodes { email status } } }"), AllowedFor(Role.Administrator)),
        new("Mutation.changePassword", (_, _) => Task.FromResult(Change("changePassword", "ChangePasswordInput",
            new { clientMutationId = MatrixContext.Id(), currentPassword = ApiHost.DemoPassword, newPassword = ApiHost.DemoPassword })), AnySignedIn),
        new("Mutation.issueResetCode", async (m, _) => Change("issueResetCode", "IssueResetCodeInput",
            new { clientMutationId = MatrixContext.Id(), email = await m.FreshActivePersonAsync() }), AllowedFor(Role.Administrator)),
        new("Mutation.resetPassword", async (m, _) =>
        {
            var (email, code) = await m.FreshResetCodeAsync();
            return Change("resetPassword", "ResetPasswordInput", new { clientMutationId = MatrixContext.Id(), email, code, newPassword = "un-mot-de-passe-sûr" });
        }, Everyone),
        new("Mutation.renewInvitation", async (m, _) => Change("renewInvitation", "RenewInvitationInput",
            new { clientMutationId = MatrixContext.Id(), email = (await m.FreshInvitationAsync()).Email }), AllowedFor(Role.Administrator)),
        new("Mutation.reinvitePerson", async (m, _) => Change("reinvitePerson", "ReinvitePersonInput",
            new { clientMutationId = MatrixContext.Id(), email = await m.FreshActivePersonAsync() }), AllowedFor(Role.Administrator)),
    ];
}
