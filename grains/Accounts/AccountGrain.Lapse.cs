namespace Cooperation.Grains.Accounts;

// Lapsing on the day: an invitation not used within 7 days is refused from then on (AcceptInvitationAsync checks the
// date), and on that day its code is forgotten too, hash and clear copy alike, even if no one ever types it. A
// durable reminder (DueWork) watches the date.
public sealed partial class AccountGrain : IRemindable, IDueWorkGrain
{
    /// <summary>The reminder that watches the pending invitation's 7 days.</summary>
    public const string LapseReminder = "invitation-lapse";

    /// <summary>The history action recorded when an invitation lapses unused.</summary>
    public const string InvitationLapsed = "InvitationLapsed";

    /// <summary>
    /// The invitation's time is up: a code still pending is forgotten and the lapse recorded, once; a second tick, or a
    /// tick for an invitation accepted meanwhile, changes nothing and cancels the reminder. A tick that comes early
    /// leaves it for the next.
    /// </summary>
    async Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        if (InvitationPending)
        {
            var now = time.GetUtcNow();
            if (now <= State.InvitationExpiresAt)
                return;
            ForgetInvitationCode();
            State.Revision++;
            _history.Append(new HistoryEntry(State.Revision, now, Actor.Schedule, InvitationLapsed, Key, null, null, null, NoClientMutationId));
            await PersistAsync();
        }
        await this.CancelAsync(reminderName);
    }

    /// <summary>An invitation whose code is still pending is watched until it lapses.</summary>
    Task IDueWorkGrain.WatchDueWorkAsync() =>
        InvitationPending
            ? this.WatchAsync(LapseReminder, State.InvitationExpiresAt, time)
            : Task.CompletedTask;

    /// <summary>An invitation whose code may still be used: what the reminder watches.</summary>
    private bool InvitationPending => State is { Exists: true, Status: AccountStatus.Invited, InvitationCodeHash: not null };

    /// <summary>
    /// Drops the invitation code once used or lapsed: its hash, and the clear copy kept so that a lost answer could be
    /// repeated (a repeat then answers with an empty code).
    /// </summary>
    private void ForgetInvitationCode()
    {
        State.InvitationCodeHash = null;
        State.InvitationCode = null;
    }
}
