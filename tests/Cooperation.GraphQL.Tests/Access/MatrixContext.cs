namespace Cooperation.GraphQL.Tests.Access;

/// <summary>The people of the matrix and the throwaway data its rows need, on the shared API host.</summary>
public sealed class MatrixContext(ApiFixture api)
{
    public const string Own = "sig-guediawaye";

    public static readonly IReadOnlyDictionary<Role, string> Emails = new Dictionary<Role, string>
    {
        [Role.NorthStaffOwn] = People.CastresNorth,
        [Role.SouthAgentOwn] = People.GuediawayeSouth,
        [Role.ThirdPartnerOwn] = People.Researcher,
        [Role.NorthStaffOther] = People.SeineSaintDenisNorth,
        [Role.FundReviewer] = People.Reviewer,
        [Role.FundManager] = People.FundManager,
        [Role.Administrator] = People.Administrator,
    };

    public HttpClient Http => api.Http;

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

    public static string Id() => $"matrix-{Guid.NewGuid():N}";
}
