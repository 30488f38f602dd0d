using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Reports.Commands;

namespace Cooperation.Grains.Reports;

/// <inheritdoc cref="IReportGrain"/>
public sealed partial class ReportGrain(
    [PersistentState("report", StorageNames.Cooperation)] IPersistentState<ReportState> state,
    IGrainFactory grains,
    TimeProvider time) : Grain, IReportGrain
{
    private ReportState State => state.State;

    private string Key => this.GetPrimaryKeyString();

    async Task<Report> IReportGrain.DraftAsync(DraftReport command)
    {
        var id = MilestoneRules.ClientMutationId(command.ClientMutationId);
        var (slug, _, _) = ReportRules.ParseKey(Key);
        var access = await AccessOfAsync(slug, command.Actor);
        if (!access.IsNorth)
            throw access.CanRead ? ReportErrors.ForbiddenWrite() : ReportErrors.Forbidden();
        if (Repeated(id, command) is { } first)
            return first;
        if (State.Created)
            throw ReportErrors.AlreadyExists(Key);
        // Members exist only in an established partnership; administrators and the platform may name any slug.
        if (await grains.GetGrain<IPartnershipGrain>(slug).FindAsync() is null)
            throw PartnershipErrors.UnknownPartnership(slug);

        var content = ReportRules.Content(command.Content);
        await grains.GetGrain<IPartnershipGrain>(slug).RequireMilestonesAsync(command.Actor, content.MilestoneIds);

        var now = ActionTime.Of(command, time);
        content = await WithFactsAsync(content, command.Actor, now);
        State.Created = true;
        State.Status = ReportStatus.Draft;
        State.Content = content;
        State.CreatedAt = now;
        Changed(now);
        State.History.Add(new HistoryEntry(State.Version, now, command.Actor, "ReportDrafted", Key, null, null, Key, id));
        return await CommitAsync(id, command);
    }

    async Task<Report> IReportGrain.EditAsync(EditReport command)
    {
        var (id, slug) = await BeginAsync(command, Side.North);
        if (Repeated(id, command) is { } first)
            return first;
        RequireCreated();
        if (command.ExpectedRevision is { } expected && expected != State.Version)
            throw ReportErrors.StaleRevision(Key, expected, State.Version);
        RequireDraftOpen();

        var current = State.Content;
        var changed = current with
        {
            Activities = command.Activities is null ? current.Activities : ReportRules.Activities(command.Activities),
            Results = command.Results is null ? current.Results : ReportRules.Results(command.Results),
            Difficulties = command.Difficulties is null ? current.Difficulties : ReportRules.Difficulties(command.Difficulties),
            NextSteps = command.NextSteps is null ? current.NextSteps : ReportRules.NextSteps(command.NextSteps),
            Indicators = command.Indicators is null ? current.Indicators : ReportRules.Indicators(command.Indicators),
            MilestoneIds = command.MilestoneIds is null ? current.MilestoneIds : ReportRules.MilestoneIds(command.MilestoneIds),
            Attachments = command.Attachments is null ? current.Attachments : ReportRules.Attachments(command.Attachments),
        };
        if (command.MilestoneIds is not null)
            await grains.GetGrain<IPartnershipGrain>(slug).RequireMilestonesAsync(command.Actor, changed.MilestoneIds);
        if (command.Indicators is not null)
            changed = await WithFactsAsync(changed, command.Actor, ActionTime.Of(command, time));

        var differences = ReportDifferences.Between(current, changed);
        if (differences.Count == 0)
            return await CommitAsync(id, command, changed: false);

        var now = ActionTime.Of(command, time);
        State.Content = changed;
        Changed(now);
        foreach (var (field, oldValue, newValue) in differences)
            State.History.Add(new HistoryEntry(State.Version, now, command.Actor, "ReportEdited", Key, field, oldValue, newValue, id));
        return await CommitAsync(id, command);
    }

    async Task<Report> IReportGrain.SubmitAsync(SubmitReport command)
    {
        var (id, _) = await BeginAsync(command, Side.North);
        if (Repeated(id, command) is { } first)
            return first;
        RequireCreated();
        if (!Snapshot().IsEditable)
            throw ReportErrors.IllegalStatusChange(Key, State.Status, "le soumettre à nouveau sans qu'il ait été renvoyé", "submit it again before it is returned");
        if (State.Content.IsBlank)
            throw ReportErrors.Invalid(
                "Un rapport vide ne peut pas être soumis : remplissez au moins une section ou un indicateur.",
                "An empty report cannot be submitted: fill in at least one section or indicator.");

        var now = ActionTime.Of(command, time);
        // Counted again now: the version keeps the figures it was submitted with.
        State.Content = await WithFactsAsync(State.Content, command.Actor, now);
        var version = new ReportVersion(State.Versions.Count + 1, State.Content, now, command.Actor.DisplayName, Review: null);
        State.Versions.Add(version);
        var before = State.Status;
        State.Status = ReportStatus.Submitted;
        Changed(now);
        State.History.Add(new HistoryEntry(
            State.Version, now, command.Actor, "ReportSubmitted", Key, "status", before.ToString(), $"{ReportStatus.Submitted} (version {version.Number})", id));
        return await CommitAsync(id, command);
    }

    Task<Report> IReportGrain.AcknowledgeAsync(AcknowledgeReport command) =>
        ReviewAsync(command, ReportReviewOutcome.Acknowledged, ReportRules.AcknowledgementComment(command.Comment),
            "le prendre en compte", "acknowledge it");

    Task<Report> IReportGrain.ReturnAsync(ReturnReport command) =>
        ReviewAsync(command, ReportReviewOutcome.Returned, ReportRules.ReturnComment(command.Comment),
            "le renvoyer pour modifications", "return it for changes");

    /// <summary>The South side's answer to the submitted version: recorded on that version, which keeps its content.</summary>
    private async Task<Report> ReviewAsync(Command command, ReportReviewOutcome outcome, string comment, string attemptedFr, string attemptedEn)
    {
        var (id, _) = await BeginAsync(command, Side.South);
        if (Repeated(id, command) is { } first)
            return first;
        RequireCreated();
        if (State.Status != ReportStatus.Submitted)
            throw ReportErrors.IllegalStatusChange(Key, State.Status, attemptedFr, attemptedEn);

        var now = ActionTime.Of(command, time);
        var review = new ReportReview(outcome, comment, now, command.Actor.DisplayName);
        State.Versions[^1] = State.Versions[^1] with { Review = review };
        var (status, action) = outcome == ReportReviewOutcome.Acknowledged
            ? (ReportStatus.Acknowledged, "ReportAcknowledged")
            : (ReportStatus.Returned, "ReportReturned");
        State.Status = status;
        Changed(now);
        State.History.Add(new HistoryEntry(
            State.Version, now, command.Actor, action, Key, "status", ReportStatus.Submitted.ToString(), status.ToString(), id));
        if (comment.Length > 0)
            State.History.Add(new HistoryEntry(State.Version, now, command.Actor, action, Key, "comment", null, comment, id));
        return await CommitAsync(id, command);
    }

    private enum Side
    {
        North,
        South,
    }

    /// <summary>What every change checks first: the action id, the key, then who acts (before saying whether the report exists).</summary>
    private async Task<(string Id, string Slug)> BeginAsync(Command command, Side side)
    {
        var id = MilestoneRules.ClientMutationId(command.ClientMutationId);
        var (slug, _, _) = ReportRules.ParseKey(Key);
        var access = await AccessOfAsync(slug, command.Actor);
        if (!access.CanRead)
            throw ReportErrors.Forbidden();
        if (side == Side.North && !access.IsNorth)
            throw ReportErrors.ForbiddenWrite();
        if (side == Side.South && !access.IsSouth)
            throw ReportErrors.ForbiddenReview();
        return (id, slug);
    }

    /// <summary>
    /// The report as it is now when the same person already applied this action; null when it is new; a reused id is
    /// refused. A receipt written before receipts recorded who acted answers only the person its history line names.
    /// </summary>
    private Report? Repeated(string clientMutationId, Command command) =>
        State.Receipts.IsRepeat(clientMutationId, command, State.History)
            ? Snapshot()
            : null;

    private void RequireCreated()
    {
        if (!State.Created)
            throw ReportErrors.UnknownReport(Key);
    }

    private void RequireDraftOpen()
    {
        if (!Snapshot().IsEditable)
            throw ReportErrors.Frozen(Key, State.Status, State.Versions.Count);
    }


    private void Changed(DateTimeOffset now)
    {
        State.Version++;
        State.UpdatedAt = now;
        State.FeedPending = true;
    }

    /// <summary>Keeps the receipt, writes durably, then tells the partnership's feed and the report index.</summary>
    private async Task<Report> CommitAsync(string clientMutationId, Command command, bool changed = true)
    {
        var result = Snapshot();
        State.Receipts.Remember(clientMutationId, command, State.Version);
        await state.WriteOrDeactivateAsync(this);
        if (changed)
            await NotifyAsync();
        return result;
    }

    private Report Snapshot()
    {
        var (slug, start, end) = ReportRules.ParseKey(Key);
        return new Report(
            Key, slug, start, end, ReportRules.DueOn(end), State.Status, State.Content, State.Versions.Count,
            State.Versions.Count > 0 ? State.Versions[^1].Review : null, State.CreatedAt, State.UpdatedAt, State.Version);
    }

    private Task<ReportContent> WithFactsAsync(ReportContent content, Actor actor, DateTimeOffset now)
    {
        var (slug, start, end) = ReportRules.ParseKey(Key);
        return ComputedIndicators.FillAsync(grains, actor, slug, start, end, content, now);
    }

    private async Task<PartnershipAccess> AccessOfAsync(string slug, Actor actor) =>
        await grains.GetGrain<IPartnershipGrain>(slug).GetAccessAsync(actor);
}
