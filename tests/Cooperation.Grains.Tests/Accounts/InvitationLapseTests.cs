using Cooperation.Grains.Accounts;
using Cooperation.Grains.Tests.Common;

namespace Cooperation.Grains.Tests.Accounts;

/// <summary>
/// An invitation lapses on its seventh day by a durable reminder scheduled when it is issued: its code is forgotten
/// (the hash and the copy its receipt kept) even if no one ever types it, once, and the reminder goes.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class InvitationLapseTests(ClusterFixture cluster)
{
    private IGrainFactory Grains => cluster.Grains;

    private IAccountGrain NewAccount() => Grains.GetGrain<IAccountGrain>(AccountRules.Key(TestAccounts.NewEmail()));

    /// <summary>Issuing an invitation schedules its lapse.</summary>
    [Fact]
    public async Task Invite_NewPerson_LapseScheduled()
    {
        var account = NewAccount();

        await account.InviteAsync(TestAccounts.Invite("invite", Actor.Seed));

        Assert.NotNull(await cluster.ReminderAsync(account, AccountGrain.LapseReminder));
    }

    /// <summary>
    /// Seven days on, the tick records the lapse and forgets the code: a repeat of the invitation answers with an empty
    /// code and the code is refused; a second tick adds nothing, and the reminder is gone.
    /// </summary>
    [Fact]
    public async Task Tick_AfterSevenDays_LapsedOnceCodeForgottenReminderGone()
    {
        var account = NewAccount();
        var invitation = await account.InviteAsync(TestAccounts.Invite("invite", Actor.Seed));
        cluster.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        await Reminders.TickAsync(account, AccountGrain.LapseReminder);
        var history = await account.HistoryAsync(Actor.Seed);
        await Reminders.TickAsync(account, AccountGrain.LapseReminder);

        Assert.Equal(["AccountInvited", AccountGrain.InvitationLapsed], history.Select(e => e.Action));
        Assert.Equal(history, await account.HistoryAsync(Actor.Seed));
        Assert.Null(await cluster.ReminderAsync(account, AccountGrain.LapseReminder));
        Assert.Equal("", (await account.InviteAsync(TestAccounts.Invite("invite", Actor.Seed))).Code);
        var refused = await Assert.ThrowsAsync<DomainException>(() => account.AcceptInvitationAsync(invitation.Code, TestAccounts.Password));
        Assert.Equal(DomainErrorCode.Validation, refused.Code);
    }

    /// <summary>A tick before the seventh day changes nothing: the code still works, and the reminder waits.</summary>
    [Fact]
    public async Task Tick_BeforeSevenDays_NothingChangesCodeStillWorks()
    {
        var account = NewAccount();
        var invitation = await account.InviteAsync(TestAccounts.Invite("invite", Actor.Seed));

        await Reminders.TickAsync(account, AccountGrain.LapseReminder);

        Assert.Single(await account.HistoryAsync(Actor.Seed));
        Assert.NotNull(await cluster.ReminderAsync(account, AccountGrain.LapseReminder));
        Assert.Equal(AccountStatus.Active, (await account.AcceptInvitationAsync(invitation.Code, TestAccounts.Password)).Status);
    }

    /// <summary>An invitation accepted in time owes nothing: its reminder is cancelled, and a late tick changes nothing.</summary>
    [Fact]
    public async Task Accept_InTime_ReminderCancelledAndTickChangesNothing()
    {
        var account = NewAccount();
        var invitation = await account.InviteAsync(TestAccounts.Invite("invite", Actor.Seed));
        await account.AcceptInvitationAsync(invitation.Code, TestAccounts.Password);
        var reminder = await cluster.ReminderAsync(account, AccountGrain.LapseReminder);
        var history = await account.HistoryAsync(Actor.Seed);
        cluster.Time.Advance(TimeSpan.FromDays(8));

        await Reminders.TickAsync(account, AccountGrain.LapseReminder);

        Assert.Null(reminder);
        Assert.Equal(history, await account.HistoryAsync(Actor.Seed));
        Assert.True((await account.SignInAsync(TestAccounts.Password)).Succeeded);
    }
}
