namespace Cooperation.GraphQL.Tests.Access;

/// <summary>The people of the matrix and the throwaway data its rows need, on the shared API host.</summary>
public sealed class MatrixContext(ApiFixture api)
{
    public const string Own = "sig-guediawaye";

    /// <summary>A fund reviewer the matrix invites (the demo's two are assigned, or a member of the own partnership).</summary>
    public const string UnassignedReviewer = "instructeur-sans-dossier@daect.example";

    // Per host: the matrix's own people exist once, and data a whole row reads (for every role) is made once.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ApiFixture, System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<object>>>> Once = new();

    public static readonly IReadOnlyDictionary<Role, string> Emails = new Dictionary<Role, string>
    {
        [Role.NorthStaffOwn] = People.CastresNorth,
        [Role.SouthAgentOwn] = People.GuediawayeSouth,
        [Role.ThirdPartnerOwn] = People.Researcher,
        [Role.NorthStaffOther] = People.SeineSaintDenisNorth,
        [Role.FundReviewer] = People.Reviewer,
        [Role.FundReviewerUnassigned] = UnassignedReviewer,
        [Role.FundManager] = People.FundManager,
        [Role.Administrator] = People.Administrator,
    };

    public HttpClient Http => api.Http;

    /// <summary>
    /// The matrix's own people: the unassigned reviewer is invited by the administrator with the reviewer role and no
    /// partnership, and takes the demo password. Once per host.
    /// </summary>
    public Task EnsurePeopleAsync() => OnceAsync("people", async () =>
    {
        var (_, invited) = await Http.PostGraphQLAsync(
            "mutation($i: InvitePersonInput!) { invitePerson(input: $i) { invitationCode } }",
            new { i = new { clientMutationId = Id(), email = UnassignedReviewer, displayName = "Instructeur sans dossier (DAECT)", roles = new[] { "FUND_REVIEWER" } } },
            await api.TokenAsync(People.Administrator));
        var code = invited["data"]?["invitePerson"]?["invitationCode"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"Inviting the unassigned reviewer failed: {invited.ToJsonString()}");
        var (_, accepted) = await Http.PostGraphQLAsync("mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }",
            new { i = new { clientMutationId = Id(), email = UnassignedReviewer, code, password = ApiHost.DemoPassword } });
        return accepted["errors"] is null ? true : throw new InvalidOperationException($"Accepting failed: {accepted.ToJsonString()}");
    });

    /// <summary>What <paramref name="make"/> gives, made once per host and key (data every role of a row reads).</summary>
    public async Task<T> OnceAsync<T>(string key, Func<Task<T>> make) where T : notnull =>
        (T)await Once.GetValue(api, _ => new()).GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await make())).Value;

    /// <summary>The role's cached access token; null for anonymous.</summary>
    public async Task<string?> TokenAsync(Role role) => role == Role.Anonymous ? null : await api.TokenAsync(Emails[role]);

    /// <summary>A fresh session of the role (for rows that end it): access and refresh tokens.</summary>
    public async Task<(string? Access, string Refresh)> FreshSessionAsync(Role role)
    {
        var (access, refresh) = await Http.SignInAsync(Emails[role == Role.Anonymous ? Role.FundReviewer : role]);
        return (role == Role.Anonymous ? null : access, refresh);
    }

    /// <summary>A South-side milestone of the own partnership, planned by the administrator, that nobody else touches.</summary>
    public async Task<string> FreshMilestoneAsync()
    {
        var (_, body) = await Http.PostGraphQLAsync(
            "mutation($i: PlanMilestoneInput!) { planMilestone(input: $i) { milestone { id } } }",
            new { i = new { clientMutationId = Id(), partnershipId = Own, title = "Jalon de la matrice d'accès", side = "SOUTH", dueOn = "2027-06-30" } },
            await TokenAsync(Role.Administrator));
        return body["data"]!["planMilestone"]!["milestone"]!["id"]!.GetValue<string>();
    }

    /// <summary>An invited, not yet active person and her code.</summary>
    public async Task<(string Email, string Code)> FreshInvitationAsync()
    {
        var email = $"invite-{Guid.NewGuid():N}@guediawaye.example";
        var (_, body) = await Http.PostGraphQLAsync(
            "mutation($i: InvitePersonInput!) { invitePerson(input: $i) { invitationCode } }",
            new { i = new { clientMutationId = Id(), email, displayName = "Personne invitée" } },
            await TokenAsync(Role.Administrator));
        return (email, body["data"]!["invitePerson"]!["invitationCode"]!.GetValue<string>());
    }

    /// <summary>A person invited by the administrator who has set her password (<see cref="ApiHost.DemoPassword"/>), that nobody else touches.</summary>
    public async Task<string> FreshActivePersonAsync()
    {
        var (email, code) = await FreshInvitationAsync();
        var (_, accepted) = await Http.PostGraphQLAsync("mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }",
            new { i = new { clientMutationId = Id(), email, code, password = ApiHost.DemoPassword } });
        return accepted["errors"] is null ? email : throw new InvalidOperationException($"Accepting failed: {accepted.ToJsonString()}");
    }

    /// <summary>A fresh active person and a reset code the administrator issued her.</summary>
    public async Task<(string Email, string Code)> FreshResetCodeAsync()
    {
        var email = await FreshActivePersonAsync();
        var (_, body) = await Http.PostGraphQLAsync(
            "mutation($i: IssueResetCodeInput!) { issueResetCode(input: $i) { resetCode } }",
            new { i = new { clientMutationId = Id(), email } }, await TokenAsync(Role.Administrator));
        return (email, body["data"]!["issueResetCode"]!["resetCode"]!.GetValue<string>());
    }

    public static string Id() => $"matrix-{Guid.NewGuid():N}";
}
