using Cooperation.Grains.Accounts;
using Cooperation.Grains.Common.Journal;
using Cooperation.Grains.Partnerships.Commands;
using Cooperation.Grains.Sync;

namespace Cooperation.Grains.Partnerships;

/// <inheritdoc cref="IPartnershipGrain"/>
public sealed partial class PartnershipGrain(
    [PersistentState("partnership", StorageNames.Cooperation)] IPersistentState<PartnershipState> state,
    IGrainFactory grains,
    TimeProvider time) : Grain, IPartnershipGrain
{
    private PartnershipState State => state.State;

    private string Slug => this.GetPrimaryKeyString();

    private Journal<HistoryEntry> _history = null!;
    private ReceiptJournal<MutationReceipt> _receipts = null!;
    private Journal<FeedEntry> _feed = null!;

    // The profile and milestones as last stored: what reads answer while a change is being written.
    private PartnershipRead? _stored;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _history = this.JournalOf("partnership.history", () => State.HistoryTail);
        _receipts = this.ReceiptJournalOf("partnership.receipts", () => State.ReceiptTail);
        _feed = this.JournalOf("partnership.feed", () => State.FeedTail);
        MoveStoredLists();
        KeepStored();
        return Task.CompletedTask;
    }

    /// <summary>Takes what is on disk as what reads answer; only the profile or a milestone changing makes a new one.</summary>
    private void KeepStored()
    {
        if (State.Profile is { } profile && _stored?.Profile.Revision != State.Revision)
            _stored = new PartnershipRead(profile with { Revision = State.Revision }, [.. State.Milestones]);
    }

    /// <summary>
    /// A state stored before the journals kept its whole history, feed and receipts: they move into the journals'
    /// tails here, in memory, and the first write seals them into segments.
    /// </summary>
    private void MoveStoredLists()
    {
        if (State is { History.Count: 0, Receipts.Count: 0, Feed.Count: 0 })
            return;
        _receipts.Import(State.Receipts, State.History);
        _history.Import(State.History);
        _feed.Import(State.Feed);
        foreach (var line in State.Feed)
            State.LatestChanges[FeedKey(line.Kind, line.EntityId)] = line;
        (State.History, State.Receipts, State.Feed) = ([], [], []);
    }

    async Task<Partnership> IPartnershipGrain.EstablishAsync(EstablishPartnership command)
    {
        var id = ClientMutationIds.Checked(command.ClientMutationId);
        if (!(await AccessOfAsync(command.Actor)).Unrestricted)
            throw PartnershipErrors.Forbidden();
        // Establishing an established partnership answers its (public) profile; its own id sent by someone else, or
        // with another command, is refused like any reused id.
        if (await RepeatedAsync(id, command) is not null || State.Profile is not null)
            return State.Profile! with { Revision = State.Revision };

        var profile = PartnershipRules.Profile(Slug, command);
        State.Revision++;
        State.Profile = profile with { Revision = State.Revision };
        _receipts.Remember(id, MutationReceipt.Of(command, null));
        _history.Append(new HistoryEntry(
            State.Revision, time.GetUtcNow(), command.Actor, "PartnershipEstablished", Slug, null, null, profile.Name, id));
        await PersistAsync();

        // The directory is written after the partnership so that it never lists one that does not exist.
        await grains.GetGrain<IPartnershipDirectoryGrain>(PartnershipDirectoryGrain.Key).RegisterAsync(Slug);
        return State.Profile;
    }

    Task<Partnership?> IPartnershipGrain.FindAsync() => Task.FromResult(_stored?.Profile);

    async Task<PartnershipRead?> IPartnershipGrain.ReadAsync(Actor actor)
    {
        if (_stored is not { } stored)
            return null;
        return (await AccessOfAsync(actor, side: null)).CanRead ? stored : stored with { Milestones = null };
    }

    async Task<IReadOnlyList<Milestone>> IPartnershipGrain.GetMilestonesAsync(Actor actor)
    {
        await RequireReadAsync(actor);
        return _stored?.Milestones ?? [];
    }

    async Task IPartnershipGrain.RequireMilestonesAsync(Actor actor, IReadOnlyList<string> milestoneIds)
    {
        await RequireReadAsync(actor);
        if (milestoneIds.FirstOrDefault(id => !State.Milestones.Exists(m => m.Id == id)) is { } unknown)
            throw PartnershipErrors.Invalid(
                $"Le jalon « {unknown} » n'existe pas dans ce partenariat.",
                $"Milestone '{unknown}' does not exist in this partnership.");
    }

    async Task<IReadOnlyList<HistoryEntry>> IPartnershipGrain.GetHistoryAsync(Actor actor, long afterRevision)
    {
        await RequireReadAsync(actor);
        return await _history.AfterAsync(afterRevision);
    }

    async Task<HistoryPage> IPartnershipGrain.GetHistoryPageAsync(Actor actor, HistoryPageRequest request)
    {
        await RequireReadAsync(actor);
        return await _history.PageAsync(request);
    }

    async Task<Milestone> IPartnershipGrain.PlanMilestoneAsync(PlanMilestone command)
    {
        var id = ClientMutationIds.Checked(command.ClientMutationId);
        var access = await AccessOfAsync(command.Actor);
        if (!access.CanChangeSomeMilestones)
            throw PartnershipErrors.Forbidden();
        if (!access.CanChange(command.Side))
            throw PartnershipErrors.ForbiddenPlanSide(command.Side);
        if (await RepeatedAsync(id, command) is { } receipt && MilestoneNamedBy(receipt) is { } first)
            return first;
        RequireEstablished();

        var title = MilestoneRules.Title(command.Title);
        var description = MilestoneRules.Description(command.Description);
        MilestoneRules.Dates(command.StartOn, command.DueOn);

        var milestone = new Milestone(
            $"m{State.NextMilestoneNumber}", title, description, command.Side, command.StartOn, command.DueOn,
            Progress: 0, MilestoneStatus.Planned, CancellationReason: null, time.GetUtcNow(), Version: 1);
        State.NextMilestoneNumber++;
        State.Revision++;
        State.Milestones.Add(milestone);
        AddToFeed(milestone);
        _history.Append(new HistoryEntry(
            State.Revision, milestone.UpdatedAt, command.Actor, "MilestonePlanned", milestone.Id, null, null, title, id));
        _receipts.Remember(id, MutationReceipt.Of(command, milestone));
        await PersistAsync();
        return milestone;
    }

    Task<Milestone> IPartnershipGrain.EditMilestoneAsync(EditMilestone command) =>
        ChangeMilestoneAsync(command, "MilestoneEdited", current =>
        {
            RequireOpen(current, "le modifier", "edit it");
            return current with
            {
                Title = command.Title is null ? current.Title : MilestoneRules.Title(command.Title),
                Description = command.Description is null ? current.Description : MilestoneRules.Description(command.Description),
            };
        });

    Task<Milestone> IPartnershipGrain.RescheduleMilestoneAsync(RescheduleMilestone command) =>
        ChangeMilestoneAsync(command, "MilestoneRescheduled", current =>
        {
            RequireOpen(current, "le replanifier", "reschedule it");
            var startOn = command.SetsStartOn ? command.StartOn : current.StartOn;
            MilestoneRules.Dates(startOn, command.DueOn);
            return current with { StartOn = startOn, DueOn = command.DueOn };
        });

    Task<Milestone> IPartnershipGrain.RecordMilestoneProgressAsync(RecordMilestoneProgress command) =>
        ChangeMilestoneAsync(command, "MilestoneProgressRecorded", current =>
        {
            RequireOpen(current, "changer son avancement", "change its progress");
            var progress = MilestoneRules.Progress(command.Progress);
            var status = progress > 0 ? MilestoneStatus.InProgress : current.Status;
            return current with { Progress = progress, Status = status };
        });

    Task<Milestone> IPartnershipGrain.CompleteMilestoneAsync(CompleteMilestone command) =>
        ChangeMilestoneAsync(command, "MilestoneCompleted", current =>
        {
            RequireOpen(current, "le déclarer atteint", "complete it");
            return current with { Progress = 100, Status = MilestoneStatus.Completed };
        });

    Task<Milestone> IPartnershipGrain.CancelMilestoneAsync(CancelMilestone command) =>
        ChangeMilestoneAsync(command, "MilestoneCancelled", current =>
        {
            RequireOpen(current, "l'annuler", "cancel it");
            return current with { Status = MilestoneStatus.Cancelled, CancellationReason = MilestoneRules.Reason(command.Reason) };
        });

    /// <summary>
    /// The one path every milestone change takes: repeat check, existence, version check, rules, history, durable write.
    /// </summary>
    private async Task<Milestone> ChangeMilestoneAsync(MilestoneCommand command, string action, Func<Milestone, Milestone> change)
    {
        var id = ClientMutationIds.Checked(command.ClientMutationId);
        var access = await AccessOfAsync(command.Actor);
        if (!access.CanChangeSomeMilestones)
            throw PartnershipErrors.Forbidden();
        if (await RepeatedAsync(id, command) is { } receipt && MilestoneNamedBy(receipt) is { } first)
        {
            // Today's rights, as for a first call: a side the actor no longer changes is refused, not answered.
            if (!access.CanChange(first.Side))
                throw PartnershipErrors.ForbiddenSide(first.Id, first.Side);
            return first;
        }
        RequireEstablished();

        var index = State.Milestones.FindIndex(m => m.Id == command.MilestoneId);
        if (index < 0)
            throw PartnershipErrors.UnknownMilestone(command.MilestoneId);
        var current = State.Milestones[index];
        if (!access.CanChange(current.Side))
            throw PartnershipErrors.ForbiddenSide(current.Id, current.Side);
        if (command.ExpectedVersion is { } expected && expected != current.Version)
            throw PartnershipErrors.StaleVersion(current.Id, expected, current.Version);

        var changed = change(current);
        var differences = MilestoneDifferences.Between(current, changed);
        var now = time.GetUtcNow();
        if (differences.Count > 0)
        {
            State.Revision++;
            changed = changed with { UpdatedAt = now, Version = current.Version + 1 };
            State.Milestones[index] = changed;
            AddToFeed(changed);
            foreach (var (field, oldValue, newValue) in differences)
                _history.Append(new HistoryEntry(State.Revision, now, command.Actor, action, current.Id, field, oldValue, newValue, id));
        }

        _receipts.Remember(id, MutationReceipt.Of(command, State.Milestones[index]));
        await PersistAsync();
        return State.Milestones[index];
    }

    /// <summary>
    /// The receipt when this action was already applied by the same person about the same milestone or member; a
    /// reused id is refused. A receipt written before receipts recorded who acted answers only the person the history
    /// names for that action (<see cref="KeptReceipt{TReceipt}.MadeBy"/>), and only about the milestone it kept.
    /// </summary>
    private Task<MutationReceipt?> RepeatedAsync(string clientMutationId, Command command) =>
        _receipts.RepeatOfAsync(clientMutationId, command, legacy: receipt =>
            receipt.NamedMilestone is null || command.Subject is null || receipt.NamedMilestone == command.Subject);

    /// <summary>The milestone a repeated action made or changed, as it is now.</summary>
    private Milestone? MilestoneNamedBy(MutationReceipt receipt) =>
        receipt.NamedMilestone is { } milestoneId ? State.Milestones.Find(m => m.Id == milestoneId) : null;

    private void RequireEstablished()
    {
        if (State.Profile is null)
            throw PartnershipErrors.UnknownPartnership(Slug);
    }

    private static void RequireOpen(Milestone milestone, string attemptedFr, string attemptedEn)
    {
        if (milestone.Status is MilestoneStatus.Completed or MilestoneStatus.Cancelled)
            throw PartnershipErrors.IllegalStatusChange(milestone.Id, milestone.Status, attemptedFr, attemptedEn);
    }

    private async Task PersistAsync()
    {
        await state.WriteOrDeactivateAsync(this, _history, _receipts, _feed);
        KeepStored();
    }
}
