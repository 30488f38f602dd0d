using Cooperation.Grains.Missions.Commands;
using Cooperation.Grains.Partnerships;

namespace Cooperation.Grains.Missions;

/// <inheritdoc cref="IMissionGrain"/>
public sealed partial class MissionGrain(
    [PersistentState("mission", StorageNames.Cooperation)] IPersistentState<MissionState> state,
    IGrainFactory grains,
    TimeProvider time) : Grain, IMissionGrain
{
    private MissionState State => state.State;

    private string Key => this.GetPrimaryKeyString();

    async Task<Mission> IMissionGrain.PlanAsync(PlanMission command)
    {
        var (id, slug) = await BeginAsync(command, Side.North);
        if (Repeated(id, command) is { } first)
            return first;
        // The key is the one this plan's id gives: a plan can only ever create "its" mission.
        if (MissionRules.KeyFor(slug, id) != Key)
            throw MissionErrors.InvalidKey(Key);
        if (State.Plan is not null)
            throw MissionErrors.AlreadyExists(Key);
        // Members exist only in an established partnership; administrators and the platform may name any slug.
        if (await grains.GetGrain<IPartnershipGrain>(slug).FindAsync() is null)
            throw PartnershipErrors.UnknownPartnership(slug);

        var plan = MissionRules.Plan(command.Plan);
        await grains.GetGrain<IPartnershipGrain>(slug).RequireMilestonesAsync(command.Actor, plan.MilestoneIds);

        var now = ActionTime.Of(command, time);
        State.Plan = plan;
        State.Status = MissionStatus.Planned;
        State.CreatedAt = now;
        Changed(now);
        State.History.Add(new HistoryEntry(State.Version, now, command.Actor, "MissionPlanned", Key, null, null, plan.Title, id));
        return await CommitAsync(id, command);
    }

    async Task<Mission> IMissionGrain.EditAsync(EditMission command)
    {
        var (id, slug) = await BeginAsync(command, Side.North);
        if (Repeated(id, command) is { } first)
            return first;
        var current = RequireCreated();
        RequireVersion(command.ExpectedVersion);
        RequireStatus(MissionStatus.Planned, "la modifier", "edit it",
            "Seule une mission planifiée se modifie ; ajoutez vos remarques au compte rendu.", "Only a planned mission can be edited; add your remarks to the report.");

        var startOn = command.StartOn ?? current.StartOn;
        var endOn = command.EndOn ?? current.EndOn;
        MissionRules.Dates(startOn, endOn);
        // The agenda is checked against the new dates even when it is not itself changed.
        var changed = new MissionPlan(
            command.Title is null ? current.Title : MissionRules.Title(command.Title),
            startOn,
            endOn,
            command.Travellers is null ? current.Travellers : MissionRules.Travellers(command.Travellers),
            command.Places is null ? current.Places : MissionRules.Places(command.Places),
            command.Objectives is null ? current.Objectives : MissionRules.Objectives(command.Objectives),
            MissionRules.Agenda(command.Agenda ?? current.Agenda, startOn, endOn),
            command.MilestoneIds is null ? current.MilestoneIds : MissionRules.MilestoneIds(command.MilestoneIds));
        if (command.MilestoneIds is not null)
            await grains.GetGrain<IPartnershipGrain>(slug).RequireMilestonesAsync(command.Actor, changed.MilestoneIds);

        var differences = MissionDifferences.Between(current, changed);
        if (differences.Count == 0)
            return await CommitAsync(id, command, changed: false);

        var now = ActionTime.Of(command, time);
        State.Plan = changed;
        Changed(now);
        foreach (var (field, oldValue, newValue) in differences)
            State.History.Add(new HistoryEntry(State.Version, now, command.Actor, "MissionEdited", Key, field, oldValue, newValue, id));
        return await CommitAsync(id, command);
    }

    async Task<Mission> IMissionGrain.StartAsync(StartMission command)
    {
        var (id, _) = await BeginAsync(command, Side.North);
        if (Repeated(id, command) is { } first)
            return first;
        RequireCreated();
        RequireVersion(command.ExpectedVersion);
        RequireStatus(MissionStatus.Planned, "la démarrer", "start it");

        var now = ActionTime.Of(command, time);
        SetStatus(MissionStatus.UnderWay, now, command, id, "MissionStarted");
        return await CommitAsync(id, command);
    }

    async Task<Mission> IMissionGrain.FileReportAsync(FileMissionReport command)
    {
        var (id, _) = await BeginAsync(command, Side.North);
        if (Repeated(id, command) is { } first)
            return first;
        var plan = RequireCreated();
        if (State.Status is MissionStatus.Planned or MissionStatus.Cancelled)
            throw MissionErrors.IllegalStatusChange(plan.Title, State.Status, "en déposer le compte rendu", "file its report",
                State.Status == MissionStatus.Planned ? "Démarrez d'abord la mission." : "",
                State.Status == MissionStatus.Planned ? "Start the mission first." : "");
        var content = MissionRules.Report(command.Content);

        var now = ActionTime.Of(command, time);
        var version = new MissionReportVersion(State.ReportVersions.Count + 1, content, now, command.Actor.DisplayName);
        State.ReportVersions.Add(version);
        if (State.Status == MissionStatus.UnderWay)
            SetStatus(MissionStatus.Reported, now, command, id, "MissionReportFiled");
        else
            Changed(now);
        State.History.Add(new HistoryEntry(State.Version, now, command.Actor, "MissionReportFiled", Key, "report", null, $"version {version.Number}", id));
        return await CommitAsync(id, command);
    }

    async Task<Mission> IMissionGrain.CancelAsync(CancelMission command)
    {
        var (id, _) = await BeginAsync(command, Side.North);
        if (Repeated(id, command) is { } first)
            return first;
        RequireCreated();
        RequireStatus(MissionStatus.Planned, "l'annuler", "cancel it",
            "Seule une mission planifiée s'annule.", "Only a planned mission can be cancelled.");
        var reason = MilestoneRules.Reason(command.Reason);

        var now = ActionTime.Of(command, time);
        State.CancellationReason = reason;
        SetStatus(MissionStatus.Cancelled, now, command, id, "MissionCancelled");
        State.History.Add(new HistoryEntry(State.Version, now, command.Actor, "MissionCancelled", Key, "cancellationReason", null, reason, id));
        return await CommitAsync(id, command);
    }

    async Task<Mission> IMissionGrain.CommentAsync(CommentOnMission command)
    {
        var (id, _) = await BeginAsync(command, Side.South);
        if (Repeated(id, command) is { } first)
            return first;
        RequireCreated();
        var text = MissionRules.Comment(command.Text);
        if (State.Comments.Count >= MissionRules.MaxComments)
            throw MissionErrors.Invalid(
                $"Cette mission a atteint {MissionRules.MaxComments} commentaires.",
                $"This mission has reached {MissionRules.MaxComments} comments.");

        var now = ActionTime.Of(command, time);
        var comment = new MissionComment(State.Comments.Count + 1, command.Actor.DisplayName, now, text);
        State.Comments.Add(comment);
        Changed(now);
        State.History.Add(new HistoryEntry(State.Version, now, command.Actor, "MissionCommented", Key, "comments", null, text, id));
        return await CommitAsync(id, command);
    }

    private enum Side
    {
        North,
        South,
    }

    /// <summary>What every change checks first: the action id, the key, then who acts (before saying whether the mission exists).</summary>
    private async Task<(string Id, string Slug)> BeginAsync(Command command, Side side)
    {
        var id = MilestoneRules.ClientMutationId(command.ClientMutationId);
        var slug = MissionRules.ParseKey(Key).Slug;
        var access = await AccessOfAsync(slug, command.Actor);
        if (!access.CanRead)
            throw MissionErrors.Forbidden();
        if (side == Side.North && !access.IsNorth)
            throw MissionErrors.ForbiddenPlanning();
        if (side == Side.South && !access.IsSouth)
            throw MissionErrors.ForbiddenComment();
        return (id, slug);
    }

    /// <summary>
    /// The mission as it is now when the same person already applied this action; null when it is new; a reused id is
    /// refused. A receipt written before receipts recorded who acted answers only the person its history line names.
    /// </summary>
    private Mission? Repeated(string clientMutationId, Command command) =>
        State.Receipts.IsRepeat(clientMutationId, command, State.History)
            ? Snapshot()
            : null;

    private MissionPlan RequireCreated() => State.Plan ?? throw MissionErrors.UnknownMission(Key);

    private void RequireVersion(long? expected)
    {
        if (expected is { } version && version != State.Version)
            throw MissionErrors.StaleVersion(State.Plan!.Title, version, State.Version);
    }

    private void RequireStatus(MissionStatus required, string attemptedFr, string attemptedEn, string hintFr = "", string hintEn = "")
    {
        if (State.Status != required)
            throw MissionErrors.IllegalStatusChange(State.Plan!.Title, State.Status, attemptedFr, attemptedEn, hintFr, hintEn);
    }


    private void SetStatus(MissionStatus status, DateTimeOffset now, Command command, string clientMutationId, string action)
    {
        var before = State.Status;
        State.Status = status;
        Changed(now);
        State.History.Add(new HistoryEntry(State.Version, now, command.Actor, action, Key, "status", before.ToString(), status.ToString(), clientMutationId));
    }

    private void Changed(DateTimeOffset now)
    {
        State.Version++;
        State.UpdatedAt = now;
        State.FeedPending = true;
    }

    /// <summary>Keeps the receipt, writes durably, then tells the partnership's feed and the mission index.</summary>
    private async Task<Mission> CommitAsync(string clientMutationId, Command command, bool changed = true)
    {
        var result = Snapshot();
        State.Receipts.Remember(clientMutationId, command, State.Version);
        await state.WriteOrDeactivateAsync(this);
        if (changed)
            await NotifyAsync();
        return result;
    }

    private Mission Snapshot()
    {
        var (slug, localId) = MissionRules.ParseKey(Key);
        return new Mission(
            Key, slug, localId, State.Plan!, State.Status, State.CancellationReason,
            State.ReportVersions.Count > 0 ? State.ReportVersions[^1] : null, State.ReportVersions.Count,
            [.. State.Comments], State.CreatedAt, State.UpdatedAt, State.Version);
    }

    private async Task<PartnershipAccess> AccessOfAsync(string slug, Actor actor) =>
        await grains.GetGrain<IPartnershipGrain>(slug).GetAccessAsync(actor);
}
