using Cooperation.Grains.Accounts;
using Cooperation.Grains.Accounts.Commands;
using Cooperation.Grains.Tests.Common;
using Cooperation.Silo.Hosting;
using Cooperation.Silo.Seeding;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cooperation.Grains.Tests.Seeding;

/// <summary>A new deployment's first administrator: made once, able to sign in and invite, never reset by a restart.</summary>
[Collection(ClusterCollection.Name)]
public sealed class FirstAdministratorTests(ClusterFixture cluster)
{
    private IGrainFactory Grains => cluster.Grains;

    private Task StartAsync(string email, string? password) =>
        new FirstAdministratorTask(Grains, new CooperationSiloOptions { FirstAdministrator = email, FirstAdministratorPassword = password },
            NullLogger<FirstAdministratorTask>.Instance).Execute(TestContext.Current.CancellationToken);

    [Fact]
    public async Task Start_ThenRestartWithAnotherPassword_OneActiveAdministratorWithTheFirstPassword()
    {
        const string email = "dsi@agglo-premiere.example";
        await StartAsync(email, "première phrase de passe du coffre");
        await StartAsync(email, "une autre phrase de passe, plus tard");

        var account = Grains.GetGrain<IAccountGrain>(AccountRules.Key(email));
        var found = await account.FindAsync();
        Assert.Equal(AccountStatus.Active, found!.Status);
        Assert.Equal([AccountRole.Administrator], found.Roles);
        Assert.NotNull((await account.SignInAsync("première phrase de passe du coffre")).Access);
        Assert.Single(await account.HistoryAsync(Actor.Seed), e => e.Action == "AccountInvited");

        // She may invite the next person at once.
        var next = Grains.GetGrain<IAccountGrain>(AccountRules.Key("agent@agglo-premiere.example"));
        var invitation = await next.InviteAsync(new InvitePerson("invite-1", new Actor(email, "Administration"), "Agent", [], []));
        Assert.NotEmpty(invitation.Code);
    }

    [Fact]
    public async Task Start_OnAnAddressAlreadyInvitedBySomeoneElse_LeftInvitedNoPasswordSet()
    {
        const string email = "deja-invitee@agglo-premiere.example";
        var account = Grains.GetGrain<IAccountGrain>(AccountRules.Key(email));
        await account.InviteAsync(new InvitePerson("invite-by-hand", Actor.Seed, "Déjà invitée", [], []));

        await StartAsync(email, "phrase de passe que personne n'a choisie");

        var found = await account.FindAsync();
        Assert.Equal(AccountStatus.Invited, found!.Status);
        Assert.Empty(found.Roles);
    }

    [Fact]
    public async Task Start_WithoutPassword_RefusedInFrenchAndEnglish()
    {
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync("sans-mot@agglo-premiere.example", null));
        Assert.Contains("est requis", e.Message);
        Assert.Contains("is required", e.Message);
    }
}
