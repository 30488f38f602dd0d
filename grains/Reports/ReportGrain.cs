using Cooperation.Grains.Accounts;
using Cooperation.Grains.Notices;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Reports.Commands;

namespace Cooperation.Grains.Reports;

/// <inheritdoc cref="IReportGrain"/>
public sealed partial class ReportGrain(
    [PersistentState("report", StorageNames.Cooperation)] IPersistentState<ReportState> state,
    IGrainFactory grains,
    TimeProvider time) : PartnershipEntityGrain<ReportState>(state, grains, time), IReportGrain
{
    private string Slug => ReportRules.ParseKey(Key).Slug;

    async Task<Report> IReportGrain.DraftAsync(DraftReport command)
    {
        var id = await BeginAsync(command, ActingSide.North);
        if (await RepeatedAsync(id, command))
            return Snapshot();
        if (State.Created)
            throw ReportErrors.AlreadyExists(Key);
        await RequireEstablishedPartnershipAsync();

        var content = ReportRules.Content(command.Content);
        await Grains.GetGrain<IPartnershipGrain>(Slug).RequireMilestonesAsync(command.Actor, content.MilestoneIds);

        var now = ActionTime.Of(command, Time);
        content = await WithFactsAsync(content, command.Actor, now);
        var overdue = await WatchDueDateAsync();
        State.Created = true;
        State.Status = ReportStatus.Draft;
        State.Content = content;
        State.CreatedAt = now;
        State.Overdue = overdue;
        // The index lists the report's key, which tells its period: it learns of the report once.
        Changed(now, indexChanged: true);
        Record(id, command.Actor, "ReportDrafted", Key, newValue: Key);
        return await CommitAsync(id, command, Snapshot);
    }

    async Task<Report> IReportGrain.EditAsync(EditReport command)
    {
        var id = await BeginAsync(command, ActingSide.North);
        if (await RepeatedAsync(id, command))
            return Snapshot();
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
            await Grains.GetGrain<IPartnershipGrain>(Slug).RequireMilestonesAsync(command.Actor, changed.MilestoneIds);
        if (command.Indicators is not null)
            changed = await WithFactsAsync(changed, command.Actor, ActionTime.Of(command, Time));

        var differences = ReportDifferences.Between(current, changed);
        if (differences.Count == 0)
            return await CommitAsync(id, command, Snapshot);

        var now = ActionTime.Of(command, Time);
        State.Content = changed;
        Changed(now);
        foreach (var (field, oldValue, newValue) in differences)
            Record(id, command.Actor, "ReportEdited", Key, field, oldValue, newValue);
        return await CommitAsync(id, command, Snapshot);
    }

    async Task<Report> IReportGrain.SubmitAsync(SubmitReport command)
    {
        var id = await BeginAsync(command, ActingSide.North);
        if (await RepeatedAsync(id, command))
            return Snapshot();
        RequireCreated();
        if (!Report.Editable(State.Status))
            throw ReportErrors.IllegalStatusChange(Key, State.Status, "le soumettre à nouveau sans qu'il ait été renvoyé", "submit it again before it is returned");
        if (State.Content.IsBlank)
            throw ReportErrors.Invalid(
                "Un rapport vide ne peut pas être soumis : remplissez au moins une section ou un indicateur.",
                "An empty report cannot be submitted: fill in at least one section or indicator.");

        var now = ActionTime.Of(command, Time);
        // Counted again now: the version keeps the figures it was submitted with.
        State.Content = await WithFactsAsync(State.Content, command.Actor, now);
        var version = new ReportVersion(State.Versions.Count + 1, State.Content, now, command.Actor.DisplayName, Review: null);
        State.Versions.Add(version);
        var before = State.Status;
        State.Status = ReportStatus.Submitted;
        State.Overdue = false;
        Changed(now);
        Record(id, command.Actor, "ReportSubmitted", Key, "status", before.ToString(), $"{ReportStatus.Submitted} (version {version.Number})");
        var submitted = await CommitAsync(id, command, Snapshot);
        // Nothing is owed any more: the due date needs no watching (a tick that comes first finds nothing to do).
        await this.CancelAsync(OverdueReminder);
        return submitted;
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
        var id = await BeginAsync(command, ActingSide.South);
        if (await RepeatedAsync(id, command))
            return Snapshot();
        RequireCreated();
        if (State.Status != ReportStatus.Submitted)
            throw ReportErrors.IllegalStatusChange(Key, State.Status, attemptedFr, attemptedEn);

        var now = ActionTime.Of(command, Time);
        // Asked before anything changes: the North's notice of a return is written with it.
        var partnership = outcome == ReportReviewOutcome.Returned ? await Grains.PartnershipNameAsync(Slug) : null;
        // A return opens the next draft, which owes a submission by the same due date.
        var overdue = outcome == ReportReviewOutcome.Returned && await WatchDueDateAsync();
        var review = new ReportReview(outcome, comment, now, command.Actor.DisplayName);
        State.Versions[^1] = State.Versions[^1] with { Review = review };
        var (status, action) = outcome == ReportReviewOutcome.Acknowledged
            ? (ReportStatus.Acknowledged, "ReportAcknowledged")
            : (ReportStatus.Returned, "ReportReturned");
        State.Status = status;
        State.Overdue = overdue;
        Changed(now);
        Record(id, command.Actor, action, Key, "status", ReportStatus.Submitted.ToString(), status.ToString());
        if (comment.Length > 0)
            Record(id, command.Actor, action, Key, "comment", null, comment);
        if (partnership is not null)
            Tell(NoticeToTell.ToMembers(Slug, MemberRole.NorthStaff, NoticeEvents.ReportReturned(
                Key, partnership, State.Versions.Count, command.Actor.DisplayName, comment, now)));
        return await CommitAsync(id, command, Snapshot);
    }

    protected override DomainException Refusal(ActingSide? side) => side switch
    {
        null => ReportErrors.Forbidden(),
        ActingSide.South => ReportErrors.ForbiddenReview(),
        _ => ReportErrors.ForbiddenWrite(),
    };

    private void RequireCreated()
    {
        if (!State.Created)
            throw ReportErrors.UnknownReport(Key);
    }

    private void RequireDraftOpen()
    {
        if (!Report.Editable(State.Status))
            throw ReportErrors.Frozen(Key, State.Status, State.Versions.Count);
    }

    private Report Snapshot()
    {
        var (slug, start, end) = ReportRules.ParseKey(Key);
        return new Report(
            Key, slug, start, end, ReportRules.DueOn(end), State.Status, State.Content, State.Versions.Count,
            State.Versions.Count > 0 ? State.Versions[^1].Review : null, State.CreatedAt, State.UpdatedAt, State.Version,
            State.Overdue);
    }

    private Task<ReportContent> WithFactsAsync(ReportContent content, Actor actor, DateTimeOffset now)
    {
        var (slug, start, end) = ReportRules.ParseKey(Key);
        return ComputedIndicators.FillAsync(Grains, actor, slug, start, end, content, now);
    }
}
