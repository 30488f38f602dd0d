using Cooperation.Grains.Accounts;
using Cooperation.Grains.Accounts.Commands;
using Cooperation.Grains.Common;
using Cooperation.Grains.Partnerships;

namespace Cooperation.GraphQL.Tests.Accounts;

/// <summary>
/// The API keeps who is behind a session for a few seconds between requests; a person who has just signed out, been
/// revoked or lost a membership must not notice it.
/// </summary>
[Collection(SessionCollection.Name)]
public sealed class KeptViewerTests(SessionHost host)
{
    private const string Viewer = "{ viewer { displayName } }";
    private const string Plateau = "e-administration-plateau";

    /// <summary>A device that has been reading and signs out: its access token is refused on the very next request.</summary>
    [Fact]
    public async Task SignOut_AfterReading_AccessTokenRefusedAtOnce()
    {
        var (access, _) = await host.Http.SignInAsync(People.CastresNorth);
        var (before, _) = await host.Http.GetGraphQLAsync(Viewer, access);
        await host.Http.GetGraphQLAsync(Viewer, access);

        await host.Http.PostGraphQLAsync("mutation { signOut(input: {clientMutationId: \"out\"}) { clientMutationId } }", null, access);
        var (after, read) = await host.Http.GetGraphQLAsync(Viewer, access);

        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.Unauthorized, after);
        Assert.Contains("terminée", read.ErrorMessage());
    }

    /// <summary>A revocation refuses at once every device of the person that was reading a moment before.</summary>
    [Fact]
    public async Task RevokeSessions_AfterReading_EveryDeviceRefusedAtOnce()
    {
        var (phone, _) = await host.Http.SignInAsync(People.SeineSaintDenisNorth);
        var (office, _) = await host.Http.SignInAsync(People.SeineSaintDenisNorth);
        var (admin, _) = await host.Http.SignInAsync(People.Administrator);
        await host.Http.GetGraphQLAsync(Viewer, phone);
        await host.Http.GetGraphQLAsync(Viewer, office);

        await host.Http.PostGraphQLAsync(
            "mutation($i: RevokeSessionsInput!) { revokeSessions(input: $i) { clientMutationId } }",
            new { i = new { clientMutationId = $"revoke-{Guid.NewGuid():N}", email = People.SeineSaintDenisNorth } }, admin);

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.GetGraphQLAsync(Viewer, phone)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.GetGraphQLAsync(Viewer, office)).Status);
    }

    /// <summary>
    /// A membership removed through another API process, while this one still knows the person as a member: the
    /// partnership's grains refuse her reads and her changes all the same.
    /// </summary>
    [Fact]
    public async Task MembershipRemovedElsewhere_WhileViewerKept_GrainsRefuse()
    {
        var (token, _) = await host.Http.SignInAsync(People.PlateauSouth);
        var (_, read) = await host.Http.GetGraphQLAsync($"{{ partnership(id: \"{Plateau}\") {{ milestones {{ id side }} }} }}", token);
        var south = read["data"]!["partnership"]!["milestones"]!.AsArray().First(m => m!["side"]!.GetValue<string>() == "SOUTH")!["id"]!.GetValue<string>();
        var account = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(People.PlateauSouth);

        await account.SetMembershipAsync(new SetMembership($"gone-{Guid.NewGuid():N}", Actor.Seed, Plateau, null));
        try
        {
            var (_, reread) = await host.Http.GetGraphQLAsync($"{{ partnership(id: \"{Plateau}\") {{ milestones {{ id }} }} }}", token);
            var (_, changed) = await host.Http.PostGraphQLAsync(
                "mutation($i: RecordMilestoneProgressInput!) { recordMilestoneProgress(input: $i) { milestone { progress } } }",
                new { i = new { clientMutationId = $"p-{Guid.NewGuid():N}", milestoneId = south, progress = 40 } }, token);

            Assert.Equal("FORBIDDEN", reread.ErrorCode());
            Assert.Equal("FORBIDDEN", changed.ErrorCode());
        }
        finally
        {
            await account.SetMembershipAsync(new SetMembership($"back-{Guid.NewGuid():N}", Actor.Seed, Plateau, MemberRole.SouthAgent));
        }
    }
}
