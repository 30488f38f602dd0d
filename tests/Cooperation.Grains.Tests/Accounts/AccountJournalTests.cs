using System.Text.Json.Nodes;
using Cooperation.Grains.Accounts;
using Cooperation.Grains.Accounts.Commands;
using Cooperation.Grains.Tests.Common;

namespace Cooperation.Grains.Tests.Accounts;

/// <summary>
/// An account keeps its history and receipts for life, sealed in segments like a partnership's: every line still read
/// by page, newest first, every old action id still recognised, and an invitation's code answered only while unused.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class AccountJournalTests(ClusterFixture cluster)
{
    private IGrainFactory Grains => cluster.Grains;

    private static SetAccountRoles Roles(string id, Actor actor, int i) =>
        new(id, actor, i % 2 == 0 ? [AccountRole.FundManager] : [AccountRole.FundReviewer]);

    /// <summary>
    /// After 150 role changes the history reads page by page, newest first, with every line once; the first change is
    /// still a repeat for its sender and refused as reused for another administrator.
    /// </summary>
    [Fact]
    public async Task LongHistory_ReadByPage_AndOldIdsStillRecognised()
    {
        var administrator = await TestAccounts.NewAdministratorAsync(Grains);
        var other = await TestAccounts.NewAdministratorAsync(Grains);
        var account = Grains.GetGrain<IAccountGrain>(TestAccounts.NewEmail());
        await account.InviteAsync(TestAccounts.Invite("invite", administrator));
        for (var i = 0; i < 150; i++)
            await account.SetRolesAsync(Roles($"roles-{i}", administrator, i));

        var first = await account.GetHistoryPageAsync(administrator, new HistoryPageRequest(20));
        var second = await account.GetHistoryPageAsync(administrator, new HistoryPageRequest(20, first.PositionOf(19)));
        var all = await account.HistoryAsync(administrator);
        var repeat = await account.SetRolesAsync(Roles("roles-0", administrator, 0));
        var reused = await Assert.ThrowsAsync<DomainException>(() => account.SetRolesAsync(Roles("roles-0", other, 0)));
        var badCursor = await Assert.ThrowsAsync<DomainException>(() => account.GetHistoryPageAsync(administrator, new HistoryPageRequest(20, 500)));

        Assert.Equal(151, first.TotalCount);
        Assert.True(first.HasMore);
        Assert.Equal(["roles-149", "roles-148"], first.Entries.Take(2).Select(e => e.ClientMutationId));
        Assert.Equal("roles-129", second.Entries[0].ClientMutationId);
        Assert.Equal(["invite", .. Enumerable.Range(0, 150).Select(i => $"roles-{i}")], all.Select(e => e.ClientMutationId));
        Assert.Equal([AccountRole.FundReviewer], repeat.Roles);
        Assert.Equal(DomainErrorCode.Conflict, reused.Code);
        Assert.Equal(DomainErrorCode.Validation, badCursor.Code);
    }

    /// <summary>A repeated invitation answers its code while it is unused, and no code once the person has accepted it.</summary>
    [Fact]
    public async Task RepeatedInvitation_AnswersTheCodeOnlyUntilUsed()
    {
        var administrator = await TestAccounts.NewAdministratorAsync(Grains);
        var account = Grains.GetGrain<IAccountGrain>(TestAccounts.NewEmail());
        var invitation = await account.InviteAsync(TestAccounts.Invite("invite", administrator));

        var before = await account.InviteAsync(TestAccounts.Invite("invite", administrator));
        await account.AcceptInvitationAsync(invitation.Code, TestAccounts.Password);
        var after = await account.InviteAsync(TestAccounts.Invite("invite", administrator));

        Assert.Equal(invitation, before);
        Assert.Equal(invitation with { Code = "" }, after);
    }

    /// <summary>
    /// An account stored before the journals, its whole history and receipts in the record and its pending code in its
    /// receipt, reads as it was: the history by page, the same code on a repeated invitation, the code accepted, an old
    /// receipt without its sender answering only the person its history line names; and every line once after the move.
    /// </summary>
    [Fact]
    public async Task StateStoredBeforeJournals_ReadBackAndMovedOnFirstChange()
    {
        var administrator = await TestAccounts.NewAdministratorAsync(Grains);
        var other = await TestAccounts.NewAdministratorAsync(Grains);
        var key = TestAccounts.NewEmail();
        var account = Grains.GetGrain<IAccountGrain>(key);
        var at = cluster.Time.GetUtcNow().AddMinutes(-10);
        var code = InvitationCodes.New();
        var invitation = new Invitation(key, code, at + InvitationCodes.Lifetime);
        var history = new List<HistoryEntry> { new(1, at, administrator, "AccountInvited", key, null, null, "Aïssatou Diop", "invite") };
        var receipts = new Dictionary<string, AccountReceipt>
        {
            ["invite"] = new(nameof(InvitePerson), invitation, [], administrator.Id),
        };
        for (var i = 0; i < 80; i++)
        {
            history.Add(new HistoryEntry(i + 2, at, administrator, "RolesChanged", key, "roles", null, "FundManager", $"roles-{i}"));
            receipts[$"roles-{i}"] = new AccountReceipt(nameof(SetAccountRoles), null, [], i % 2 == 0 ? administrator.Id : null);
        }
        var legacy = new AccountState
        {
            InvitedAt = at, DisplayName = "Aïssatou Diop", Roles = [AccountRole.FundManager], Status = AccountStatus.Invited,
            InvitationCodeHash = InvitationCodes.Hash(code), InvitationExpiresAt = invitation.ExpiresAt,
            History = history, Receipts = receipts, Revision = history.Count,
        };
        var json = JsonNode.Parse(StorageLog.Json.Serialize(legacy).ToString())!.AsObject();
        foreach (var name in new[] { "HistoryTail", "ReceiptTail" })
            Assert.True(json.Remove(name), name);
        // Null, so not written: no such field existed.
        Assert.False(json.ContainsKey("InvitationCode"));
        await cluster.StoreAsync(account, "account", StorageLog.Json.Deserialize<AccountState>(BinaryData.FromString(json.ToJsonString()))!);

        var page = await account.GetHistoryPageAsync(administrator, new HistoryPageRequest(20));
        var repeated = await account.InviteAsync(TestAccounts.Invite("invite", administrator));
        var anonymousRepeat = await account.SetRolesAsync(Roles("roles-1", administrator, 0));
        var reused = await Assert.ThrowsAsync<DomainException>(() => account.SetRolesAsync(Roles("roles-1", other, 0)));
        await account.AcceptInvitationAsync(code, TestAccounts.Password);
        var afterAcceptance = await account.InviteAsync(TestAccounts.Invite("invite", administrator));
        var all = await account.HistoryAsync(administrator);

        Assert.Equal(history.Count, page.TotalCount);
        Assert.Equal(history.AsEnumerable().Reverse().Take(20), page.Entries);
        Assert.Equal(invitation, repeated);
        Assert.Equal([AccountRole.FundManager], anonymousRepeat.Roles);
        Assert.Equal(DomainErrorCode.Conflict, reused.Code);
        Assert.Equal("", afterAcceptance.Code);
        Assert.Equal([.. history, all[^1]], all);
        Assert.Equal("InvitationAccepted", all[^1].Action);
    }
}
