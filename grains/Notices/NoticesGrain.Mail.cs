using Microsoft.Extensions.Logging;

namespace Cooperation.Grains.Notices;

// Mail: an outbox in this grain's state. A notice queues its mail in the same write that records it; a timer drains
// the outbox right after, and a durable reminder, scheduled before that write, drains it again should the silo stop or
// the relay refuse. A mail leaves the outbox only once the relay accepted it: at least once, never lost. A relay that
// accepted a mail whose removal was then not written receives it again, with the same Message-Id (the notice's id).
public sealed partial class NoticesGrain : IRemindable
{
    /// <summary>The reminder that drains the outbox while it holds mail.</summary>
    public const string MailReminder = "mail";

    /// <summary>The reminder that sends the daily digest.</summary>
    public const string DigestReminder = "digest";

    /// <summary>When the daily digest leaves, UTC: the morning in France and in West Africa.</summary>
    public static readonly TimeOnly DigestTime = new(7, 0);

    /// <summary>Tries for one mail before it is given up (logged): about a day of retries, one a minute at most.</summary>
    public const int MaxAttempts = 1440;

    private IGrainTimer? _drain;

    /// <summary>Queues what the notice becomes by mail, by the person's choice; a mail-only notice always leaves.</summary>
    private async Task QueueMailAsync(Notice notice)
    {
        if (notice.MailOnly || State.Choice == NoticeChoice.EachEvent)
            await QueueAsync(NoticeMail.Of(Address, notice));
        else if (State.Choice == NoticeChoice.DailyDigest)
        {
            State.DigestDueAt ??= NextDigestAt();
            await this.WatchAsync(DigestReminder, State.DigestDueAt.Value, time);
            State.Digest.Add(notice);
        }
    }

    private Task QueueDigestAsync() =>
        QueueAsync(NoticeMail.Digest(Address, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), State.Digest));

    private async Task QueueAsync(OutgoingMail outgoing)
    {
        await this.WatchAsync(MailReminder, time.GetUtcNow(), time);
        State.Outbox.Add(outgoing);
    }

    async Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == DigestReminder)
        {
            if (State.Digest.Count > 0)
            {
                // Its own moment, not today's: a silo that was down at 07:00 sends yesterday's digest when it is back.
                if (time.GetUtcNow() < (State.DigestDueAt ?? LastDigestMoment()))
                    return;
                if (mail.Enabled)
                    await QueueDigestAsync();
                State.Digest.Clear();
                State.DigestDueAt = null;
                await state.WriteStateAsync();
            }
            await this.CancelAsync(DigestReminder);
        }
        await DrainAsync(CancellationToken.None);
    }

    /// <summary>Drains the outbox soon, in a turn of its own: whoever posted the notice does not wait for the relay.</summary>
    private void DrainSoon()
    {
        if (State.Outbox.Count == 0 || _drain is not null)
            return;
        // Disposed once the drain is over: disposing a timer cancels the token its callback runs with.
        _drain = this.RegisterGrainTimer(async cancellation =>
        {
            try
            {
                await DrainAsync(cancellation);
            }
            finally
            {
                var done = _drain;
                _drain = null;
                done?.Dispose();
            }
        }, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    /// <summary>
    /// Sends the waiting mail, oldest first, each removed once accepted. On a refusal the mail goes to the back and the
    /// drain stops (the relay is likely down): the reminder tries again.
    /// </summary>
    private async Task DrainAsync(CancellationToken cancellation)
    {
        while (State.Outbox.Count > 0 && mail.Enabled)
        {
            var next = State.Outbox[0];
            try
            {
                await mail.SendAsync(next, cancellation);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                State.Outbox.RemoveAt(0);
                if (next.Attempts + 1 < MaxAttempts)
                    State.Outbox.Add(next with { Attempts = next.Attempts + 1 });
                else
                    log.LogError(e, "Mail {MailId} given up after {Attempts} attempts", next.Id, MaxAttempts);
                await state.WriteStateAsync();
                log.LogWarning(e, "Mail {MailId} not accepted by the relay; tried again later", next.Id);
                return;
            }
            State.Outbox.RemoveAt(0);
            await state.WriteStateAsync();
        }
        await this.CancelAsync(MailReminder);
    }

    /// <summary>The next digest moment from now.</summary>
    private DateTimeOffset NextDigestAt()
    {
        var last = LastDigestMoment();
        return last > time.GetUtcNow() ? last : last.AddDays(1);
    }

    /// <summary>Today's digest moment (which may be still to come).</summary>
    private DateTimeOffset LastDigestMoment() =>
        new(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).ToDateTime(DigestTime), TimeSpan.Zero);
}
