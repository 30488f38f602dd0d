using Cooperation.Grains.Accounts;
using Cooperation.Grains.Accounts.Commands;

namespace Cooperation.Grains.Tests.Accounts;

/// <summary>An account's history reads a page at a time, newest first, with positions that keep their place.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AccountHistoryPageTests(ClusterFixture cluster)
{
    private IGrainFactory Grains => cluster.Grains;

    private static IEnumerable<string> Actions(HistoryPage page) => page.Entries.Select(e => e.Action);

    /// <summary>A reviewer who accepted her invitation, then was made a manager by an administrator.</summary>
    private async Task<(Actor Administrator, AccountAccess Person, IAccountGrain Account)> PromotedAsync()
    {
        var administrator = await TestAccounts.NewAdministratorAsync(Grains);
        var person = await TestAccounts.NewActiveAsync(Grains, "Cheikh Sy", AccountRole.FundReviewer);
        var account = Grains.GetGrain<IAccountGrain>(person.AccountId);
        await account.SetRolesAsync(new SetAccountRoles("promote", administrator, [AccountRole.FundManager]));
        return (administrator, person, account);
    }

    /// <summary>The newest line first; the page after the last line read holds the older ones, the same after a new change.</summary>
    [Fact]
    public async Task History_PagesNewestFirst_PositionKeepsItsPlaceAfterANewLine()
    {
        var (administrator, person, account) = await PromotedAsync();

        var first = await account.GetHistoryPageAsync(person.AsActor(), new(1));
        await account.SetRolesAsync(new SetAccountRoles("demote", administrator, [AccountRole.FundReviewer]));
        var next = await account.GetHistoryPageAsync(person.AsActor(), new(5, first.PositionOf(0)));
        var newest = await account.GetHistoryPageAsync(administrator, new(1));

        Assert.Equal(["RolesChanged"], Actions(first));
        Assert.True(first.HasMore);
        Assert.Equal(["InvitationAccepted", "AccountInvited"], Actions(next));
        Assert.False(next.HasMore);
        Assert.Equal(("FundManager", "FundReviewer"), (newest.Entries[0].OldValue, newest.Entries[0].NewValue));
        Assert.Equal((3, 4), (first.TotalCount, newest.TotalCount));
    }

    /// <summary>Someone else reads no page of it, whatever page she asks for; a page past the history's end or of 101 lines is refused.</summary>
    [Fact]
    public async Task History_OtherReaderOrBadPage_Refused()
    {
        var (_, person, account) = await PromotedAsync();
        var other = await TestAccounts.NewActiveAsync(Grains, "Autre personne");

        var forbidden = await Assert.ThrowsAsync<DomainException>(() => account.GetHistoryPageAsync(other.AsActor(), new(1, 2)));
        var pastTheEnd = await Assert.ThrowsAsync<DomainException>(() => account.GetHistoryPageAsync(person.AsActor(), new(1, 4)));
        var tooMany = await Assert.ThrowsAsync<DomainException>(() => account.GetHistoryPageAsync(person.AsActor(), new(HistoryPageRequest.MaxFirst + 1)));

        Assert.Equal((DomainErrorCode.Forbidden, DomainErrorCode.Validation, DomainErrorCode.Validation), (forbidden.Code, pastTheEnd.Code, tooMany.Code));
    }
}
