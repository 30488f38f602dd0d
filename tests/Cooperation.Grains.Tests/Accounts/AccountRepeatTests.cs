using Cooperation.Grains.Accounts;
using Cooperation.Grains.Accounts.Commands;

namespace Cooperation.Grains.Tests.Accounts;

/// <summary>A repeated action id on an account answers only the administrator who sent it, about the partnership it named.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AccountRepeatTests(ClusterFixture cluster)
{
    private IGrainFactory Grains => cluster.Grains;

    /// <summary>The inviting administrator gets the same code again; another administrator sending her id gets CONFLICT, and no code.</summary>
    [Fact]
    public async Task Invite_RepeatedBySenderOrByAnother_SameCodeOrConflict()
    {
        var administrator = await TestAccounts.NewAdministratorAsync(Grains);
        var another = await TestAccounts.NewAdministratorAsync(Grains);
        var account = Grains.GetGrain<IAccountGrain>(TestAccounts.NewEmail());
        var invite = TestAccounts.Invite("invite", administrator);
        var first = await account.InviteAsync(invite);

        var repeat = await account.InviteAsync(invite);
        var byAnother = await Assert.ThrowsAsync<DomainException>(() => account.InviteAsync(invite with { Actor = another }));

        Assert.Equal(first, repeat);
        Assert.Equal(DomainErrorCode.Conflict, byAnother.Code);
        Assert.DoesNotContain(first.Code, byAnother.Message);
    }

    /// <summary>A membership change's id sent about another partnership is refused, and the person is not made a member there.</summary>
    [Fact]
    public async Task SetMembership_SameIdOtherPartnership_ConflictNotAMember()
    {
        var administrator = await TestAccounts.NewAdministratorAsync(Grains);
        var first = await TestAccounts.NewPartnershipAsync(Grains);
        var second = await TestAccounts.NewPartnershipAsync(Grains);
        var person = await TestAccounts.NewActiveAsync(Grains);
        var account = Grains.GetGrain<IAccountGrain>(person.AccountId);
        await account.SetMembershipAsync(new SetMembership("join", administrator, first.GetPrimaryKeyString(), MemberRole.SouthAgent));

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            account.SetMembershipAsync(new SetMembership("join", administrator, second.GetPrimaryKeyString(), MemberRole.SouthAgent)));

        Assert.Equal(DomainErrorCode.Conflict, error.Code);
        Assert.Equal([first.GetPrimaryKeyString()], (await account.GetAccessAsync())!.Memberships.Select(m => m.PartnershipSlug));
        Assert.Empty(await second.GetMembersAsync(administrator));
    }

    /// <summary>A repeat is checked against today's rights: an administrator who lost the role is refused her own invitation's repeat.</summary>
    [Fact]
    public async Task Invite_RepeatAfterLosingTheRole_ForbiddenNoCode()
    {
        var administrator = await TestAccounts.NewAdministratorAsync(Grains);
        var account = Grains.GetGrain<IAccountGrain>(TestAccounts.NewEmail());
        var invite = TestAccounts.Invite("invite", administrator);
        var first = await account.InviteAsync(invite);

        await Grains.GetGrain<IAccountGrain>(administrator.Id).SetRolesAsync(new SetAccountRoles("demote", Actor.Seed, []));
        var error = await Assert.ThrowsAsync<DomainException>(() => account.InviteAsync(invite));

        Assert.Equal(DomainErrorCode.Forbidden, error.Code);
        Assert.DoesNotContain(first.Code, error.Message);
    }
}
