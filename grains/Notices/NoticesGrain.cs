using Microsoft.Extensions.Logging;

namespace Cooperation.Grains.Notices;

/// <inheritdoc cref="INoticesGrain"/>
public sealed partial class NoticesGrain(
    [PersistentState("notices", StorageNames.Cooperation)] IPersistentState<NoticesState> state,
    TimeProvider time,
    ILogger<NoticesGrain> log) : Grain, INoticesGrain
{
    /// <summary>The most notices one page answers.</summary>
    public const int MaxPage = 50;

    /// <summary>Read notices kept beside the unread ones, the newest: the list still shows what was read lately.</summary>
    public const int ReadKept = 50;

    /// <summary>How long an event's id is remembered: far beyond any repeat of it (a reminder's tick, an action sent again).</summary>
    public static readonly TimeSpan SeenKeptFor = TimeSpan.FromDays(400);

    private NoticesState State => state.State;

    /// <summary>The relay the host configured; none (mail off) in a host that registered none.</summary>
    private IMailSender mail => _mail ??= ServiceProvider.GetService(typeof(IMailSender)) as IMailSender ?? new NoMail();

    private IMailSender? _mail;

    /// <summary>The person's account key, her e-mail address.</summary>
    private string Address => this.GetPrimaryKeyString();

    async Task<bool> INoticesGrain.PostAsync(Notice notice)
    {
        // A notice for the mailbox alone, with mail off, has nowhere to go: nothing is kept.
        if (State.Seen.ContainsKey(notice.Id) || (notice.MailOnly && !mail.Enabled))
            return false;
        var now = time.GetUtcNow();
        foreach (var (id, at) in State.Seen.Where(s => now - s.Value > SeenKeptFor).ToList())
            State.Seen.Remove(id);
        State.Seen[notice.Id] = now;
        if (!notice.MailOnly)
            State.Notices.Add(notice with { Read = false });
        if (mail.Enabled)
            await QueueMailAsync(notice);
        await state.WriteStateAsync();
        DrainSoon();
        return true;
    }

    async Task<NoticePage> INoticesGrain.GetPageAsync(Actor actor, int offset, int count)
    {
        RequireOwner(actor);
        return Page(offset, count);
    }

    async Task<NoticePage> INoticesGrain.MarkReadAsync(Actor actor, IReadOnlyList<string>? ids, int count)
    {
        RequireOwner(actor);
        var marked = ids is null ? null : new HashSet<string>(ids, StringComparer.Ordinal);
        var changed = false;
        for (var i = 0; i < State.Notices.Count; i++)
        {
            if (!State.Notices[i].Read && (marked is null || marked.Contains(State.Notices[i].Id)))
            {
                State.Notices[i] = State.Notices[i] with { Read = true };
                changed = true;
            }
        }
        if (changed)
        {
            ForgetOldestRead();
            await state.WriteStateAsync();
        }
        return Page(0, count);
    }

    async Task<NoticePage> INoticesGrain.SetChoiceAsync(Actor actor, NoticeChoice choice, int count)
    {
        RequireOwner(actor);
        if (!Enum.IsDefined(choice))
            throw NoticeErrors.Invalid("Choix d'avis inconnu.", "Unknown notice choice.");
        if (choice == State.Choice)
            return Page(0, count);
        State.Choice = choice;
        // The notices gathered for a digest she no longer wants leave at once, in one mail, or not at all.
        if (choice != NoticeChoice.DailyDigest && State.Digest.Count > 0)
        {
            if (choice == NoticeChoice.EachEvent)
                await QueueDigestAsync();
            State.Digest.Clear();
            State.DigestDueAt = null;
        }
        await state.WriteStateAsync();
        DrainSoon();
        return Page(0, count);
    }

    private NoticePage Page(int offset, int count)
    {
        if (offset < 0 || count is < 0 or > MaxPage)
            throw NoticeErrors.Invalid(
                $"Une page d'avis compte de 0 à {MaxPage} avis, à partir d'une position positive.",
                $"A page of notices holds 0 to {MaxPage} notices, from a non-negative position.");
        var newestFirst = Enumerable.Reverse(State.Notices).Skip(offset).Take(count).ToList();
        return new NoticePage(newestFirst, offset, State.Notices.Count, State.Notices.Count(n => !n.Read), State.Choice);
    }

    /// <summary>Unread notices stay until read; of the read ones, only the newest <see cref="ReadKept"/>.</summary>
    private void ForgetOldestRead()
    {
        var extra = State.Notices.Count(n => n.Read) - ReadKept;
        for (var i = 0; extra > 0 && i < State.Notices.Count;)
        {
            if (State.Notices[i].Read)
            {
                State.Notices.RemoveAt(i);
                extra--;
            }
            else
                i++;
        }
    }

    private void RequireOwner(Actor actor)
    {
        if (actor.Id != Address)
            throw NoticeErrors.Forbidden();
    }
}
