using Cooperation.Grains.Accounts;
using Cooperation.Grains.Funding.Calls;
using Cooperation.Grains.Funding.Reviews;
using Cooperation.Grains.Funding.Reviews.Commands;
using Cooperation.Grains.Notices;
using Cooperation.Grains.Partnerships;

namespace Cooperation.Grains.Funding.Applications;

// Reviewers: assigned by the managers (conflicts of interest checked in the partnership graph), then declaring,
// recusing, scoring with citations and submitting.
public sealed partial class FundApplicationGrain
{
    async Task<FundApplication> IFundApplicationGrain.AssignReviewerAsync(AssignReviewer command)
    {
        var (id, call) = await BeginManagerAsync(command);
        if (Repeated(id, command))
            return await SnapshotAsync(command.Actor, call);
        if (State.Status is not (ApplicationStatus.Submitted or ApplicationStatus.UnderReview))
            throw FundErrors.IllegalStatusChange(Key, State.Status, "lui désigner un instructeur (il faut un dossier déposé)",
                "assign it a reviewer (it must be filed)");
        var reviewerId = AccountRules.Key(command.ReviewerId);
        var reviewer = await grains.GetGrain<IAccountGrain>(reviewerId).GetAccessAsync();
        if (reviewer is not { Status: AccountStatus.Active } || !reviewer.Roles.Contains(AccountRole.FundReviewer))
            throw FundErrors.NotAReviewer(reviewerId);
        if (State.Assignments.Any(a => a.ReviewerId == reviewerId))
            throw FundErrors.AlreadyAssigned(reviewer.DisplayName);

        var conflicts = await ConflictsOfAsync(reviewer.Memberships);
        string? overrideReason = null;
        if (command.OverrideReason is not null)
        {
            if (conflicts.Count == 0)
                throw FundErrors.OverrideWithoutConflict();
            overrideReason = FundApplicationRules.Reason(command.OverrideReason, "Le motif de la dérogation", "The override reason");
        }
        else if (conflicts.Count > 0)
            throw FundErrors.ConflictDetected(reviewer.DisplayName, conflicts);

        // From the first assignment on, the rubric the scores refer to no longer changes.
        call = await grains.GetGrain<IFundCallGrain>(CallCode).LockRubricAsync();
        var now = time.GetUtcNow();
        State.Assignments.Add(new ReviewAssignment(reviewerId, reviewer.DisplayName, now, command.Actor.DisplayName, conflicts, overrideReason,
            DeclaredConflict: null, RecusalReason: null, Scores: [], Comment: null, SubmittedAt: null));
        var before = State.Status;
        State.Status = ApplicationStatus.UnderReview;
        State.IndexPending.Add(reviewerId);
        Changed(now);
        State.History.Add(new HistoryEntry(State.Version, now, command.Actor, "ReviewerAssigned", Key, "reviewer", null, reviewer.DisplayName, id));
        if (overrideReason is not null)
            State.History.Add(new HistoryEntry(State.Version, now, command.Actor, "ConflictOverridden", Key, "overrideReason",
                string.Join(" ; ", conflicts.Select(c => c.ReasonFr)), overrideReason, id));
        if (before != State.Status)
            State.History.Add(new HistoryEntry(State.Version, now, command.Actor, "FundApplicationUnderReview", Key, "status", before.ToString(), State.Status.ToString(), id));
        var assigned = await CommitAsync(id, command, call);
        await grains.TellAsync([reviewerId], NoticeEvents.ReviewerAssigned(Key, State.Content.Title, command.Actor.DisplayName, now));
        return assigned;
    }

    Task<FundApplication> IFundApplicationGrain.DeclareConflictAsync(DeclareConflictOfInterest command) =>
        ChangeReviewAsync(command, review =>
        {
            var statement = FundApplicationRules.Reason(command.Statement, "La déclaration", "The declaration");
            return new(review.Assignment with { DeclaredConflict = statement }, "ConflictDeclared", "declaredConflict", null, statement);
        });

    Task<FundApplication> IFundApplicationGrain.RecuseAsync(RecuseFromReview command) =>
        ChangeReviewAsync(command, review =>
        {
            RequireUndecided();
            var reason = FundApplicationRules.Reason(command.Reason, "Le motif du déport", "The reason for recusal");
            return new(review.Assignment with { RecusalReason = reason }, "ReviewerRecused", "recusalReason", null, reason);
        });

    Task<FundApplication> IFundApplicationGrain.ScoreAsync(ScoreCriterion command) =>
        ChangeReviewAsync(command, review =>
        {
            RequireOpenReview(review.Assignment);
            var criterion = review.Call.Criteria.FirstOrDefault(c => c.Key == command.CriterionKey)
                ?? throw FundErrors.UnknownCriterion(command.CriterionKey ?? "", review.Call.Criteria.Select(c => c.Key));
            if (command.Score < criterion.ScaleMin || command.Score > criterion.ScaleMax)
                throw FundErrors.ScoreOutOfScale(criterion.Key, command.Score, criterion.ScaleMin, criterion.ScaleMax);
            var justification = FundApplicationRules.Reason(command.Justification, "La justification de la note", "The score's justification");
            // Citations point into the version under review, which never changes.
            var version = State.Versions[^1];
            var citations = FundApplicationRules.Citations(version.Content.Sections(), command.Citations);

            var score = new CriterionScore(criterion.Key, command.Score, justification, version.Number, citations, review.Now);
            var scores = review.Assignment.Scores.ToList();
            var at = scores.FindIndex(s => s.CriterionKey == criterion.Key);
            var before = at >= 0 ? Invariant(scores[at].Score) : null;
            if (at >= 0)
                scores[at] = score;
            else
                scores.Add(score);
            return new(review.Assignment with { Scores = scores }, "CriterionScored", criterion.Key, before, Invariant(command.Score));
        });

    Task<FundApplication> IFundApplicationGrain.SubmitReviewAsync(SubmitReview command) =>
        ChangeReviewAsync(command, review =>
        {
            RequireOpenReview(review.Assignment);
            var missing = review.Call.Criteria.Where(c => review.Assignment.Scores.All(s => s.CriterionKey != c.Key)).Select(c => c.Key).ToList();
            if (missing.Count > 0)
                throw FundErrors.ReviewIncomplete(missing);
            var comment = FundApplicationRules.Comment(command.Comment);
            var weighted = ReviewScoring.Weighted(review.Call.Criteria, review.Assignment.Scores);
            return new(review.Assignment with { Comment = comment, SubmittedAt = review.Now }, "ReviewSubmitted", "score", null,
                weighted is { } value ? Invariant(value) : null);
        });

    /// <summary>What a reviewer's action sees: the call, the reviewer's own assignment, and the time of the change.</summary>
    private sealed record ReviewAction(FundCall Call, ReviewAssignment Assignment, DateTimeOffset Now);

    /// <summary>A reviewer's action as it changes the file: the new assignment and the history line that says so.</summary>
    private sealed record ReviewChange(ReviewAssignment Assignment, string Action, string Field, string? Before, string? After);

    /// <summary>
    /// The steps every reviewer's action shares: only the assigned, non-recused reviewer; a repeat answers the file as it
    /// is; <paramref name="change"/> checks and builds the change before anything is touched, so a refusal changes nothing.
    /// </summary>
    private async Task<FundApplication> ChangeReviewAsync(Command command, Func<ReviewAction, ReviewChange> change)
    {
        var (id, call, index) = await BeginReviewerAsync(command);
        if (Repeated(id, command))
            return await SnapshotAsync(command.Actor, call);
        RequireNotRecused(index);
        var now = time.GetUtcNow();
        var changed = change(new ReviewAction(call, State.Assignments[index], now));
        State.Assignments[index] = changed.Assignment;
        Changed(now);
        State.History.Add(new HistoryEntry(State.Version, now, command.Actor, changed.Action, Key, changed.Field, changed.Before, changed.After, id));
        return await CommitAsync(id, command, call);
    }

    private void RequireOpenReview(ReviewAssignment assignment)
    {
        RequireUndecided();
        if (assignment.Submitted)
            throw FundErrors.ReviewSubmitted();
    }

    private static string Invariant(IFormattable value) => value.ToString(null, System.Globalization.CultureInfo.InvariantCulture);

    async Task<IReadOnlyList<PossibleConflict>> IFundApplicationGrain.CheckConflictsAsync(Actor actor, string reviewerId)
    {
        if (!(await FundRole.OfAsync(grains, actor)).IsManager)
            throw FundErrors.ForbiddenManage();
        RequireCreated();
        var key = AccountRules.Key(reviewerId);
        var reviewer = await grains.GetGrain<IAccountGrain>(key).GetAccessAsync() ?? throw FundErrors.NotAReviewer(key);
        return await ConflictsOfAsync(reviewer.Memberships);
    }

    private async Task<IReadOnlyList<PossibleConflict>> ConflictsOfAsync(IReadOnlyList<Membership> memberships)
    {
        var applicant = await grains.GetGrain<IPartnershipGrain>(State.PartnershipSlug).FindAsync()
            ?? throw PartnershipErrors.UnknownPartnership(State.PartnershipSlug);
        return await ConflictDetection.DetectAsync(grains, memberships, applicant);
    }

    /// <summary>The action id, then the actor's own assignment: only an assigned reviewer reviews.</summary>
    private async Task<(string Id, FundCall Call, int Index)> BeginReviewerAsync(Command command)
    {
        var id = ClientMutationIds.Checked(command.ClientMutationId);
        FundApplicationRules.ParseKey(Key);
        var index = State.Assignments.FindIndex(a => a.ReviewerId == command.Actor.Id);
        if (!State.Created || index < 0)
            throw FundErrors.ForbiddenReview();
        return (id, await CallAsync(), index);
    }

    private void RequireNotRecused(int index)
    {
        if (State.Assignments[index].Recused)
            throw FundErrors.Recused();
    }

    private void RequireUndecided()
    {
        if (State.Status != ApplicationStatus.UnderReview)
            throw FundErrors.IllegalStatusChange(Key, State.Status, "l'évaluer", "review it");
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await Sync.PendingNotices.RetryAsync(State.IndexPending.Count > 0, NotifyReviewersAsync);
        await Sync.PendingNotices.RetryAsync(State.LedgerPending is not null, NotifyLedgerAsync);
    }

    /// <summary>
    /// Tells the partnership's ledger of the grant's commitment, then clears it (persisted with the next write): the
    /// ledger adds it once, by the application's key, however many times it is told.
    /// </summary>
    private async Task NotifyLedgerAsync()
    {
        if (State is not { LedgerPending: { } grant, LedgerPendingKey: { } ledger })
            return;
        await grains.GetGrain<Money.ILedgerGrain>(ledger).RecordGrantAsync(grant);
        (State.LedgerPending, State.LedgerPendingKey) = (null, null);
    }

    /// <summary>
    /// Registers the application in each newly assigned reviewer's index, then clears the pending list (persisted with
    /// the next write): a notice lost between the write and here is sent again at the next activation, never dropped.
    /// </summary>
    private async Task NotifyReviewersAsync()
    {
        foreach (var reviewerId in State.IndexPending.ToList())
        {
            await grains.GetGrain<IReviewerIndexGrain>(reviewerId).RegisterAsync(Key);
            State.IndexPending.Remove(reviewerId);
        }
    }
}
