using Cooperation.Grains.Missions.Commands;
using Cooperation.Grains.Partnerships;

namespace Cooperation.Grains.Missions;

/// <inheritdoc cref="IMissionGrain"/>
public sealed partial class MissionGrain(
    [PersistentState("mission", StorageNames.Cooperation)] IPersistentState<MissionState> state,
    IGrainFactory grains,
    TimeProvider time) : PartnershipEntityGrain<MissionState>(state, grains, time), IMissionGrain
{
    private string Slug => MissionRules.ParseKey(Key).Slug;

    async Task<Mission> IMissionGrain.PlanAsync(PlanMission command)
    {
        var id = await BeginAsync(command, ActingSide.North);
        if (await RepeatedAsync(id, command))
            return Snapshot();
        // The key is the one this plan's id gives: a plan can only ever create "its" mission.
        if (MissionRules.KeyFor(Slug, id) != Key)
            throw MissionErrors.InvalidKey(Key);
        if (State.Plan is not null)
            throw MissionErrors.AlreadyExists(Key);
        await RequireEstablishedPartnershipAsync();

        var plan = MissionRules.Plan(command.Plan);
        await Grains.GetGrain<IPartnershipGrain>(Slug).RequireMilestonesAsync(command.Actor, plan.MilestoneIds);

        var now = ActionTime.Of(command, Time);
        State.Plan = plan;
        State.Status = MissionStatus.Planned;
        State.CreatedAt = now;
        // The index lists the mission's key: it learns of the mission once.
        Changed(now, indexChanged: true);
        Record(id, command.Actor, "MissionPlanned", Key, newValue: plan.Title);
        return await CommitAsync(id, command, Snapshot);
    }

    async Task<Mission> IMissionGrain.EditAsync(EditMission command)
    {
        var id = await BeginAsync(command, ActingSide.North);
        if (await RepeatedAsync(id, command))
            return Snapshot();
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
            await Grains.GetGrain<IPartnershipGrain>(Slug).RequireMilestonesAsync(command.Actor, changed.MilestoneIds);

        var differences = MissionDifferences.Between(current, changed);
        if (differences.Count == 0)
            return await CommitAsync(id, command, Snapshot);

        var now = ActionTime.Of(command, Time);
        State.Plan = changed;
        Changed(now);
        foreach (var (field, oldValue, newValue) in differences)
            Record(id, command.Actor, "MissionEdited", Key, field, oldValue, newValue);
        return await CommitAsync(id, command, Snapshot);
    }

    async Task<Mission> IMissionGrain.StartAsync(StartMission command)
    {
        var id = await BeginAsync(command, ActingSide.North);
        if (await RepeatedAsync(id, command))
            return Snapshot();
        RequireCreated();
        RequireVersion(command.ExpectedVersion);
        RequireStatus(MissionStatus.Planned, "la démarrer", "start it");

        var now = ActionTime.Of(command, Time);
        SetStatus(MissionStatus.UnderWay, now, command, id, "MissionStarted");
        return await CommitAsync(id, command, Snapshot);
    }

    async Task<Mission> IMissionGrain.FileReportAsync(FileMissionReport command)
    {
        var id = await BeginAsync(command, ActingSide.North);
        if (await RepeatedAsync(id, command))
            return Snapshot();
        var plan = RequireCreated();
        if (State.Status is MissionStatus.Planned or MissionStatus.Cancelled)
            throw MissionErrors.IllegalStatusChange(plan.Title, State.Status, "en déposer le compte rendu", "file its report",
                State.Status == MissionStatus.Planned ? "Démarrez d'abord la mission." : "",
                State.Status == MissionStatus.Planned ? "Start the mission first." : "");
        var content = MissionRules.Report(command.Content);

        var now = ActionTime.Of(command, Time);
        var version = new MissionReportVersion(State.ReportVersions.Count + 1, content, now, command.Actor.DisplayName);
        State.ReportVersions.Add(version);
        if (State.Status == MissionStatus.UnderWay)
            SetStatus(MissionStatus.Reported, now, command, id, "MissionReportFiled");
        else
            Changed(now);
        Record(id, command.Actor, "MissionReportFiled", Key, "report", null, $"version {version.Number}");
        return await CommitAsync(id, command, Snapshot);
    }

    async Task<Mission> IMissionGrain.CancelAsync(CancelMission command)
    {
        var id = await BeginAsync(command, ActingSide.North);
        if (await RepeatedAsync(id, command))
            return Snapshot();
        RequireCreated();
        RequireStatus(MissionStatus.Planned, "l'annuler", "cancel it",
            "Seule une mission planifiée s'annule.", "Only a planned mission can be cancelled.");
        var reason = MilestoneRules.Reason(command.Reason);

        var now = ActionTime.Of(command, Time);
        State.CancellationReason = reason;
        SetStatus(MissionStatus.Cancelled, now, command, id, "MissionCancelled");
        Record(id, command.Actor, "MissionCancelled", Key, "cancellationReason", null, reason);
        return await CommitAsync(id, command, Snapshot);
    }

    async Task<Mission> IMissionGrain.CommentAsync(CommentOnMission command)
    {
        var id = await BeginAsync(command, ActingSide.South);
        if (await RepeatedAsync(id, command))
            return Snapshot();
        RequireCreated();
        var text = MissionRules.Comment(command.Text);
        if (State.Comments.Count >= MissionRules.MaxComments)
            throw MissionErrors.Invalid(
                $"Cette mission a atteint {MissionRules.MaxComments} commentaires.",
                $"This mission has reached {MissionRules.MaxComments} comments.");

        var now = ActionTime.Of(command, Time);
        var comment = new MissionComment(State.Comments.Count + 1, command.Actor.DisplayName, now, text, command.Actor, id);
        State.Comments.Add(comment);
        Changed(now);
        Record(id, command.Actor, "MissionCommented", Key, "comments", null, text);
        return await CommitAsync(id, command, Snapshot);
    }

    protected override DomainException Refusal(ActingSide? side) => side switch
    {
        null => MissionErrors.Forbidden(),
        ActingSide.South => MissionErrors.ForbiddenComment(),
        _ => MissionErrors.ForbiddenPlanning(),
    };

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
        Record(clientMutationId, command.Actor, action, Key, "status", before.ToString(), status.ToString());
    }

    private Mission Snapshot()
    {
        var (slug, localId) = MissionRules.ParseKey(Key);
        return new Mission(
            Key, slug, localId, State.Plan!, State.Status, State.CancellationReason,
            State.ReportVersions.Count > 0 ? State.ReportVersions[^1] : null, State.ReportVersions.Count,
            [.. State.Comments], State.CreatedAt, State.UpdatedAt, State.Version);
    }
}
