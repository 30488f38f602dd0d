using Cooperation.Grains.Common.Journal;
using Cooperation.Grains.Notices;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Sync;

namespace Cooperation.Grains.Common;

/// <summary>
/// The life every grain that hangs off a partnership shares — a shipment, a report, a mission, a document's
/// annotations — written once: the action id checked, access asked of the partnership for one side, a repeat found
/// by the one rule of receipts, the change marked, made durable, then told to the partnership's feed (and index),
/// and a notice lost on the way sent again on a repeat and at the next activation. Each grain keeps its own rules,
/// refusals and snapshot.
/// </summary>
/// <remarks>
/// Order matters and is the same for every kind: the id, then access (an outsider learns nothing, not even whether the
/// entity exists), then the repeat (answered with the actor's rights of today), then the grain's own checks, all before
/// anything changes. "Acknowledged" means on disk: the receipt is written with the change, and the notices go out only
/// after the write (<see cref="DurableWrites"/>). History and receipts grow with the entity's age, so they are kept in
/// journals (<see cref="Journal{TEntry}"/>): an action writes what it changed, however many came before it.
/// </remarks>
public abstract class PartnershipEntityGrain<TState>(IPersistentState<TState> state, IGrainFactory grains, TimeProvider time) : Grain
    where TState : IPartnershipEntityState
{
    /// <summary>Whether the partnership's index must hear of the entity with the next notice; unknown after a restart, so assumed.</summary>
    private bool _registrationPending;

    private Journal<HistoryEntry> _history = null!;
    private ReceiptJournal<ActionReceipt> _receipts = null!;

    protected TState State => state.State;

    protected IGrainFactory Grains => grains;

    protected TimeProvider Time => time;

    protected string Key => this.GetPrimaryKeyString();

    /// <summary>The kind under which the entity appears in its partnership's change feed ("Shipment", "Report"…).</summary>
    protected abstract string FeedKind { get; }

    /// <summary>The partnership the entity hangs off, asked for access and told of changes; null for none (an application's annotations).</summary>
    protected abstract string? Partnership { get; }

    /// <summary>The grain's own refusal when the actor may not read (<paramref name="side"/> null) or may not act on that side.</summary>
    protected abstract DomainException Refusal(ActingSide? side);

    /// <summary>Tells the partnership's index of this entity, for kinds that have one; only when what it holds changes.</summary>
    protected virtual Task RegisterAsync(string partnership) => Task.CompletedTask;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var name = FeedKind.ToLowerInvariant();
        _history = this.JournalOf($"{name}.history", () => State.HistoryTail);
        _receipts = this.ReceiptJournalOf($"{name}.receipts", () => State.ReceiptTail);
        MoveStoredLists();
        _registrationPending = State.FeedPending;
        return TellPendingAsync();
    }

    /// <summary>
    /// A state stored before the journals kept its whole history and receipts: they move into the journals' tails
    /// here, in memory, and the first write seals them into segments.
    /// </summary>
    private void MoveStoredLists()
    {
        if (State is { History.Count: 0, Receipts.Count: 0 })
            return;
        _receipts.Import(State.Receipts, State.History);
        _history.Import(State.History);
        (State.History, State.Receipts) = ([], []);
    }

    /// <summary>What every change checks first: the action id, then the actor's right to act on that side.</summary>
    protected async Task<string> BeginAsync(Command command, ActingSide side)
    {
        var id = ClientMutationIds.Checked(command.ClientMutationId);
        await RequireAccessAsync(command.Actor, side);
        return id;
    }

    /// <summary>
    /// The actor's access, refused with the grain's own words when she may not read (<paramref name="side"/> null) or
    /// may not act on that side. Members are answered by the partnership from its member list alone.
    /// </summary>
    protected async Task<PartnershipAccess> RequireAccessAsync(Actor actor, ActingSide? side = null)
    {
        var partnership = Grains.GetGrain<IPartnershipGrain>(PartnershipOrRefuse);
        var access = PartnershipAccess.WithoutAsking(actor) ?? await partnership.GetAccessAsync(actor, side);
        if (!access.CanRead)
            throw Refusal(null);
        if (side is { } acting && !access.CanAct(acting))
            throw Refusal(acting);
        return access;
    }

    /// <summary>A new entity names an established partnership: members exist only there, and administrators may name any slug.</summary>
    protected async Task RequireEstablishedPartnershipAsync()
    {
        if (await Grains.GetGrain<IPartnershipGrain>(PartnershipOrRefuse).FindAsync() is null)
            throw PartnershipErrors.UnknownPartnership(PartnershipOrRefuse);
    }

    /// <summary>
    /// Whether the same person already applied this action about the same subject (<see cref="ActionReceipts.RepeatOf"/>);
    /// a reused id is refused. A receipt written before receipts recorded who acted answers only the person the
    /// history names for that action, and only when <paramref name="legacy"/>, if given, agrees. A notice the first
    /// application may have lost is sent again now.
    /// </summary>
    protected async Task<bool> RepeatedAsync(string clientMutationId, Command command, Func<ActionReceipt, bool>? legacy = null)
    {
        if (await _receipts.RepeatOfAsync(clientMutationId, command, legacy) is null)
            return false;
        await PendingNotices.TellAsync(Grains, State.NoticesToTell);
        if (State.FeedPending)
            await NotifyAsync();
        return true;
    }

    /// <summary>
    /// Marks a change at <paramref name="now"/>: a new version, to be told to the partnership's feed, and to its index
    /// when <paramref name="indexChanged"/> (a new entity, new serial numbers).
    /// </summary>
    protected void Changed(DateTimeOffset now, bool indexChanged = false)
    {
        State.Version++;
        State.UpdatedAt = now;
        State.FeedPending = Partnership is not null;
        _registrationPending |= indexChanged;
    }

    /// <summary>
    /// Records a notice the change owes people, written with it and told once it is durable: a grain that stops in
    /// between tells it when it is back, and the notice's id makes a second telling one notice.
    /// </summary>
    protected void Tell(NoticeToTell notice) => State.NoticesToTell.Add(notice);

    /// <summary>
    /// Adds a line to the entity's history: who did what to which field, from which value to which. Call it after
    /// <see cref="Changed"/>, whose version and time the line carries.
    /// </summary>
    protected void Record(
        string clientMutationId, Actor actor, string action, string subjectId,
        string? field = null, string? oldValue = null, string? newValue = null) =>
        Record(new HistoryEntry(State.Version, State.UpdatedAt, actor, action, subjectId, field, oldValue, newValue, clientMutationId));

    /// <summary>The one place a history line is added.</summary>
    private void Record(HistoryEntry entry) => _history.Append(entry);

    /// <summary>A page of the entity's history, newest first: reads only the segments the page covers.</summary>
    protected Task<HistoryPage> ReadHistoryAsync(HistoryPageRequest request) => _history.PageAsync(request);

    /// <summary>
    /// Remembers the action, writes durably, then tells the partnership's feed (and index) when a change awaits it —
    /// this one, or one whose notice was lost. An action that changed nothing is remembered all the same, so that its
    /// repeat answers as a repeat.
    /// </summary>
    protected async Task CommitAsync(string clientMutationId, Command command)
    {
        _receipts.Remember(clientMutationId, ActionReceipts.Of(command, State.Version));
        await CommitAsync();
    }

    /// <summary>
    /// Writes durably, then tells the people's notices the change owes and the partnership's feed: for a change no one
    /// asked for (a due date passing, see <see cref="DueWork"/>), which has no action id to remember.
    /// </summary>
    protected async Task CommitAsync()
    {
        await state.WriteOrDeactivateAsync(this, _history, _receipts);
        await PendingNotices.TellAsync(Grains, State.NoticesToTell);
        if (State.FeedPending)
            await NotifyAsync();
    }

    /// <summary>What an earlier activation wrote and did not get to tell: the people's notices, then the feed.</summary>
    private async Task TellPendingAsync()
    {
        await PendingNotices.TellAsync(Grains, State.NoticesToTell);
        await PendingNotices.RetryAsync(State.FeedPending, NotifyAsync);
    }

    /// <summary><see cref="CommitAsync(string, Command)"/>, then the grain's answer, built once from the state now durable.</summary>
    protected async Task<TAnswer> CommitAsync<TAnswer>(string clientMutationId, Command command, Func<TAnswer> answer)
    {
        await CommitAsync(clientMutationId, command);
        return answer();
    }

    /// <summary>
    /// Registers the entity in the partnership's index when that changed, adds it to the partnership's feed, then
    /// clears the pending flag (persisted with the next write): a notice lost between the write and here is sent
    /// again, never dropped; the partnership ignores a version it already has.
    /// </summary>
    private async Task NotifyAsync()
    {
        if (Partnership is { } slug)
        {
            if (_registrationPending)
            {
                await RegisterAsync(slug);
                _registrationPending = false;
            }
            await Grains.GetGrain<IPartnershipGrain>(slug).RecordChangeAsync(new EntityChanged(FeedKind, Key, State.Version));
        }
        State.FeedPending = false;
    }

    private string PartnershipOrRefuse => Partnership ?? throw Refusal(null);
}
