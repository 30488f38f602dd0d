using Cooperation.Grains.Accounts;
using Cooperation.Grains.Accounts.Commands;
using Cooperation.Grains.Tests.Common;

namespace Cooperation.Grains.Tests.Accounts;

/// <summary>
/// Nobody is locked out for good: a person changes her own password, an administrator issues a one-time reset code,
/// renews a lapsed invitation or invites an active account again; each in the account's history, none with a code.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class AccountRecoveryTests(ClusterFixture cluster)
{
    private const string NewPassword = "Nouveau-Mot-De-Passe-2027";

    private IGrainFactory Grains => cluster.Grains;

    private async Task<(IAccountGrain Account, Actor Person)> NewActiveAsync()
    {
        var person = await TestAccounts.NewActiveAsync(Grains);
        return (Grains.GetGrain<IAccountGrain>(person.AccountId), person.AsActor());
    }

    private async Task<ISessionGrain> OpenSessionAsync(IAccountGrain account, string accountId)
    {
        var id = Guid.NewGuid().ToString("N");
        var session = Grains.GetGrain<ISessionGrain>(id);
        await session.OpenAsync(accountId, cluster.Time.GetUtcNow() + TimeSpan.FromDays(30));
        await account.RegisterSessionAsync(id);
        return session;
    }

    /// <summary>With her current password she sets a new one: the old one stops working, this session stays, the others end.</summary>
    [Fact]
    public async Task ChangePassword_RightCurrent_NewWorksOtherSessionsEnd()
    {
        var (account, person) = await NewActiveAsync();
        var here = await OpenSessionAsync(account, person.Id);
        var elsewhere = await OpenSessionAsync(account, person.Id);

        var outcome = await account.ChangePasswordAsync(
            new ChangePassword("change", person, here.GetPrimaryKeyString()), TestAccounts.Password, NewPassword);

        Assert.True(outcome.Succeeded);
        Assert.False((await account.SignInAsync(TestAccounts.Password)).Succeeded);
        Assert.True((await account.SignInAsync(NewPassword)).Succeeded);
        Assert.Equal(person.Id, await here.GetAccountIdAsync());
        Assert.Null(await elsewhere.GetAccountIdAsync());
        var entry = (await account.HistoryAsync(person))[^1];
        Assert.Equal((AccountGrain.PasswordChanged, "1"), (entry.Action, entry.NewValue));
        Assert.DoesNotContain(TestAccounts.Texts(entry), text => text?.Contains(NewPassword, StringComparison.Ordinal) == true);
    }

    /// <summary>A wrong current password, or a new one too short, changes nothing; three wrong ones slow her down.</summary>
    [Fact]
    public async Task ChangePassword_WrongCurrentOrShortNew_RefusedNothingChanged()
    {
        var (account, person) = await NewActiveAsync();
        var history = await account.HistoryAsync(person);

        var wrong = await Assert.ThrowsAsync<DomainException>(() =>
            account.ChangePasswordAsync(new ChangePassword("c1", person, null), "pas-le-bon-mot", NewPassword));
        var tooShort = await Assert.ThrowsAsync<DomainException>(() =>
            account.ChangePasswordAsync(new ChangePassword("c2", person, null), TestAccounts.Password, "court"));
        await Assert.ThrowsAsync<DomainException>(() =>
            account.ChangePasswordAsync(new ChangePassword("c3", person, null), "encore-faux", NewPassword));
        await Assert.ThrowsAsync<DomainException>(() =>
            account.ChangePasswordAsync(new ChangePassword("c4", person, null), "toujours-faux", NewPassword));
        var throttled = await account.ChangePasswordAsync(new ChangePassword("c5", person, null), TestAccounts.Password, NewPassword);

        Assert.Equal(DomainErrorCode.Validation, wrong.Code);
        Assert.Contains("actuel", wrong.Message);
        Assert.Equal(DomainErrorCode.Validation, tooShort.Code);
        Assert.NotNull(throttled.RetryAfter);
        Assert.Equal(history, await account.HistoryAsync(person));
        cluster.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.True((await account.SignInAsync(TestAccounts.Password)).Succeeded);
    }

    /// <summary>An administrator cannot change someone else's password: she issues a reset code instead.</summary>
    [Fact]
    public async Task ChangePassword_ForSomeoneElse_Forbidden()
    {
        var administrator = await TestAccounts.NewAdministratorAsync(Grains);
        var (account, _) = await NewActiveAsync();

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            account.ChangePasswordAsync(new ChangePassword("change", administrator, null), TestAccounts.Password, NewPassword));

        Assert.Equal(DomainErrorCode.Forbidden, refused.Code);
        Assert.True((await account.SignInAsync(TestAccounts.Password)).Succeeded);
    }

    /// <summary>
    /// The administrator's code sets a new password once, within 7 days: every session ends, the code then refuses, and
    /// neither the code nor the password is in the history.
    /// </summary>
    [Fact]
    public async Task ResetCode_UsedOnce_NewPasswordSessionsEndCodeNotInHistory()
    {
        var administrator = await TestAccounts.NewAdministratorAsync(Grains);
        var (account, person) = await NewActiveAsync();
        var session = await OpenSessionAsync(account, person.Id);

        var code = await account.IssueResetCodeAsync(new IssueResetCode("reset", administrator));
        var outcome = await account.ResetPasswordAsync(code.Code.ToLowerInvariant(), NewPassword);
        var again = await Assert.ThrowsAsync<DomainException>(() => account.ResetPasswordAsync(code.Code, "encore-un-autre-mot"));

        Assert.Equal(cluster.Time.GetUtcNow() + TimeSpan.FromDays(7), code.ExpiresAt);
        Assert.True(outcome.Succeeded);
        Assert.Equal(DomainErrorCode.Validation, again.Code);
        Assert.Null(await session.GetAccountIdAsync());
        Assert.True((await account.SignInAsync(NewPassword)).Succeeded);
        var history = await account.HistoryAsync(administrator);
        Assert.Equal([AccountGrain.ResetCodeIssued, AccountGrain.PasswordReset], history.TakeLast(2).Select(e => e.Action));
        Assert.Equal(administrator, history[^2].Actor);
        Assert.DoesNotContain(history.SelectMany(TestAccounts.Texts), text => text?.Contains(code.Code, StringComparison.Ordinal) == true);
    }

    /// <summary>A code past its 7 days, or a wrong one, is refused with the same words and changes nothing.</summary>
    [Fact]
    public async Task ResetCode_ExpiredOrWrong_RefusedPasswordUnchanged()
    {
        var administrator = await TestAccounts.NewAdministratorAsync(Grains);
        var (account, person) = await NewActiveAsync();
        var code = await account.IssueResetCodeAsync(new IssueResetCode("reset", administrator));

        var wrong = await Assert.ThrowsAsync<DomainException>(() => account.ResetPasswordAsync("AAAA-BBBB-CCCC", NewPassword));
        cluster.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var expired = await Assert.ThrowsAsync<DomainException>(() => account.ResetPasswordAsync(code.Code, NewPassword));

        Assert.Equal(wrong.Message, expired.Message);
        Assert.Equal(DomainErrorCode.Validation, expired.Code);
        Assert.True((await account.SignInAsync(TestAccounts.Password)).Succeeded);
        Assert.DoesNotContain(await account.HistoryAsync(person), e => e.Action == AccountGrain.PasswordReset);
    }

    /// <summary>Only an administrator issues a code; for a person not yet active, the invitation is to be renewed instead.</summary>
    [Fact]
    public async Task IssueResetCode_NotAdministratorOrNotActive_Refused()
    {
        var (account, person) = await NewActiveAsync();
        var invited = Grains.GetGrain<IAccountGrain>(AccountRules.Key(TestAccounts.NewEmail()));
        await invited.InviteAsync(TestAccounts.Invite("invite", Actor.Seed));

        var forbidden = await Assert.ThrowsAsync<DomainException>(() => account.IssueResetCodeAsync(new IssueResetCode("reset", person)));
        var notActive = await Assert.ThrowsAsync<DomainException>(() => invited.IssueResetCodeAsync(new IssueResetCode("reset", Actor.Seed)));

        Assert.Equal(DomainErrorCode.Forbidden, forbidden.Code);
        Assert.Equal(DomainErrorCode.Conflict, notActive.Code);
        Assert.Contains("renouvelez", notActive.Message);
    }

    /// <summary>
    /// A repeat of the same action id answers without the code (it is shown once) and issues no second one; once the
    /// administrator is no longer one, the repeat is refused.
    /// </summary>
    [Fact]
    public async Task IssueResetCode_Repeated_NoCodeAgainThenForbiddenOnceDemoted()
    {
        var administrator = await TestAccounts.NewAdministratorAsync(Grains);
        var (account, _) = await NewActiveAsync();

        var first = await account.IssueResetCodeAsync(new IssueResetCode("reset", administrator));
        var repeat = await account.IssueResetCodeAsync(new IssueResetCode("reset", administrator));
        await Grains.GetGrain<IAccountGrain>(administrator.Id).SetRolesAsync(new SetAccountRoles("demote", Actor.Seed, []));
        var demoted = await Assert.ThrowsAsync<DomainException>(() => account.IssueResetCodeAsync(new IssueResetCode("reset", administrator)));

        Assert.Equal(("", first.ExpiresAt), (repeat.Code, repeat.ExpiresAt));
        Assert.Single(await account.HistoryAsync(Actor.Seed), e => e.Action == AccountGrain.ResetCodeIssued);
        Assert.Equal(DomainErrorCode.Forbidden, demoted.Code);
        Assert.True((await account.ResetPasswordAsync(first.Code, NewPassword)).Succeeded);
    }

    /// <summary>A lapsed invitation is renewed: a new code works for 7 more days, the old one never again.</summary>
    [Fact]
    public async Task RenewInvitation_Lapsed_NewCodeWorksOldRefused()
    {
        var account = Grains.GetGrain<IAccountGrain>(AccountRules.Key(TestAccounts.NewEmail()));
        var old = await account.InviteAsync(TestAccounts.Invite("invite", Actor.Seed));
        cluster.Time.Advance(TimeSpan.FromDays(8));
        await Reminders.TickAsync(account, AccountGrain.LapseReminder);

        var renewed = await account.RenewInvitationAsync(new RenewInvitation("renew", Actor.Seed));
        var oldRefused = await Assert.ThrowsAsync<DomainException>(() => account.AcceptInvitationAsync(old.Code, TestAccounts.Password));
        var access = await account.AcceptInvitationAsync(renewed.Code, TestAccounts.Password);

        Assert.NotEqual(old.Code, renewed.Code);
        Assert.Equal(DomainErrorCode.Validation, oldRefused.Code);
        Assert.Equal(AccountStatus.Active, access.Status);
        Assert.Equal(
            ["AccountInvited", AccountGrain.InvitationLapsed, AccountGrain.InvitationRenewed, "InvitationAccepted"],
            (await account.HistoryAsync(Actor.Seed)).Select(e => e.Action));
        Assert.Equal("", (await account.RenewInvitationAsync(new RenewInvitation("renew", Actor.Seed))).Code);
    }

    /// <summary>An active person's invitation is not renewed (nothing changes); a non-administrator renews nothing.</summary>
    [Fact]
    public async Task RenewInvitation_ActiveOrNotAdministrator_Refused()
    {
        var (account, person) = await NewActiveAsync();

        var active = await Assert.ThrowsAsync<DomainException>(() => account.RenewInvitationAsync(new RenewInvitation("renew", Actor.Seed)));
        var forbidden = await Assert.ThrowsAsync<DomainException>(() => account.RenewInvitationAsync(new RenewInvitation("renew-2", person)));

        Assert.Equal(DomainErrorCode.Conflict, active.Code);
        Assert.Equal(DomainErrorCode.Forbidden, forbidden.Code);
        Assert.True((await account.SignInAsync(TestAccounts.Password)).Succeeded);
    }

    /// <summary>
    /// An active person invited again is back to invited: her password and sessions end, her roles stay, and the new
    /// code sets a password. A repeat afterwards shows no code: it was used.
    /// </summary>
    [Fact]
    public async Task Reinvite_Active_PasswordAndSessionsEndNewCodeWorks()
    {
        var administrator = await TestAccounts.NewAdministratorAsync(Grains);
        var person = await TestAccounts.NewActiveAsync(Grains, "Fatou Sarr", AccountRole.FundReviewer);
        var account = Grains.GetGrain<IAccountGrain>(person.AccountId);
        var session = await OpenSessionAsync(account, person.AccountId);

        var invitation = await account.ReinviteAsync(new ReinvitePerson("again", administrator));
        var found = await account.FindAsync();
        var signIn = await account.SignInAsync(TestAccounts.Password);
        var accepted = await account.AcceptInvitationAsync(invitation.Code, NewPassword);
        var repeat = await account.ReinviteAsync(new ReinvitePerson("again", administrator));

        Assert.Equal(AccountStatus.Invited, found!.Status);
        Assert.Equal([AccountRole.FundReviewer], found.Roles);
        Assert.False(signIn.Succeeded);
        Assert.Null(await session.GetAccountIdAsync());
        Assert.Equal(AccountStatus.Active, accepted.Status);
        Assert.Equal(("", invitation.ExpiresAt), (repeat.Code, repeat.ExpiresAt));
        Assert.Single(await account.HistoryAsync(administrator), e => e.Action == AccountGrain.AccountReinvited);
    }

    /// <summary>A person not yet active is not invited again (her invitation is renewed); a non-administrator invites no one.</summary>
    [Fact]
    public async Task Reinvite_InvitedOrNotAdministrator_Refused()
    {
        var invited = Grains.GetGrain<IAccountGrain>(AccountRules.Key(TestAccounts.NewEmail()));
        await invited.InviteAsync(TestAccounts.Invite("invite", Actor.Seed));
        var (account, _) = await NewActiveAsync();
        var (_, other) = await NewActiveAsync();

        var notActive = await Assert.ThrowsAsync<DomainException>(() => invited.ReinviteAsync(new ReinvitePerson("again", Actor.Seed)));
        var forbidden = await Assert.ThrowsAsync<DomainException>(() => account.ReinviteAsync(new ReinvitePerson("again", other)));

        Assert.Equal(DomainErrorCode.Conflict, notActive.Code);
        Assert.Equal(DomainErrorCode.Forbidden, forbidden.Code);
        Assert.True((await account.SignInAsync(TestAccounts.Password)).Succeeded);
        Assert.Equal(AccountStatus.Active, (await account.FindAsync())!.Status);
    }

    /// <summary>Every invited person is in the directory of people, once however often she is invited again.</summary>
    [Fact]
    public async Task Invite_ListedInPeopleDirectoryOnce()
    {
        var email = AccountRules.Key(TestAccounts.NewEmail());
        var account = Grains.GetGrain<IAccountGrain>(email);

        await account.InviteAsync(TestAccounts.Invite("invite", Actor.Seed));
        await account.InviteAsync(TestAccounts.Invite("invite", Actor.Seed));
        await account.RenewInvitationAsync(new RenewInvitation("renew", Actor.Seed));

        Assert.Single(await Grains.GetGrain<IPeopleDirectoryGrain>(PeopleDirectoryGrain.Key).ListAsync(), key => key == email);
    }
}
