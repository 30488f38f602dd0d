using Cooperation.Grains.Funding.Applications.Commands;
using Cooperation.Grains.Funding.Calls;
using Cooperation.Grains.Funding.Reviews;
using Cooperation.Grains.Partnerships;

namespace Cooperation.Grains.Funding.Applications;

/// <inheritdoc cref="IFundApplicationGrain"/>
public sealed partial class FundApplicationGrain(
    [PersistentState("fund-application", StorageNames.Cooperation)] IPersistentState<FundApplicationState> state,
    IGrainFactory grains,
    TimeProvider time) : Grain, IFundApplicationGrain
{
    private FundApplicationState State => state.State;

    private string Key => this.GetPrimaryKeyString();

    private string CallCode => FundApplicationRules.ParseKey(Key).CallCode;

    async Task<FundApplication> IFundApplicationGrain.DraftAsync(DraftFundApplication command)
    {
        var id = ClientMutationIds.Checked(command.ClientMutationId);
        FundApplicationRules.ParseKey(Key);
        if (!PartnershipRules.IsValidSlug(command.PartnershipSlug))
            throw PartnershipErrors.UnknownPartnership(command.PartnershipSlug);
        var access = await grains.GetGrain<IPartnershipGrain>(command.PartnershipSlug).GetAccessAsync(command.Actor);
        if (!access.IsNorth)
            throw FundErrors.ForbiddenApply();
        if (State.Created && State.PartnershipSlug != command.PartnershipSlug)
            throw FundErrors.ApplicationExists(Key);
        var call = await CallAsync();
        if (Repeated(id, command))
            return await SnapshotAsync(command.Actor, call);
        if (State.Created)
            throw FundErrors.ApplicationExists(Key);
        // The call opened this key for this partnership only; drafting checks the deadline again.
        if ((await grains.GetGrain<IFundCallGrain>(CallCode).OpenApplicationAsync(command.Actor, command.PartnershipSlug)) != Key)
            throw FundErrors.InvalidApplicationKey(Key);

        var content = FundApplicationRules.Content(command.Content);
        var now = time.GetUtcNow();
        State.Created = true;
        State.PartnershipSlug = command.PartnershipSlug;
        State.Status = ApplicationStatus.Draft;
        State.Content = content;
        State.CreatedAt = now;
        Changed(now);
        State.History.Add(new HistoryEntry(State.Version, now, command.Actor, "FundApplicationDrafted", Key, null, null, content.Title, id));
        return await CommitAsync(id, command, call);
    }

    async Task<FundApplication> IFundApplicationGrain.EditAsync(EditFundApplication command)
    {
        var (id, call) = await BeginApplicantAsync(command);
        if (Repeated(id, command))
            return await SnapshotAsync(command.Actor, call);
        if (command.ExpectedRevision is { } expected && expected != State.Version)
            throw FundErrors.StaleRevision(Key, expected, State.Version);
        RequireDraftOpen();

        var current = State.Content;
        var changed = current with
        {
            Title = command.Title is null ? current.Title : FundApplicationRules.Title(command.Title),
            Description = command.Description is null ? current.Description : FundApplicationRules.Description(command.Description),
            ExpectedResults = command.ExpectedResults is null ? current.ExpectedResults : FundApplicationRules.ExpectedResults(command.ExpectedResults),
            RequestedAmount = command.RequestedAmount is { } amount ? FundApplicationRules.RequestedAmount(amount) : current.RequestedAmount,
            CoFinancing = command.CoFinancing is null ? current.CoFinancing : FundApplicationRules.CoFinancing(command.CoFinancing),
            Budget = command.Budget is null ? current.Budget : FundApplicationRules.Budget(command.Budget),
            Pieces = command.Pieces is null ? current.Pieces : FundApplicationRules.Pieces(command.Pieces),
        };
        if (changed.Equals(current))
            return await CommitAsync(id, command, call);

        var now = time.GetUtcNow();
        Changed(now);
        State.Content = changed;
        var fields = new List<string>();
        if (changed.Title != current.Title) fields.Add("title");
        if (changed.Description != current.Description) fields.Add("description");
        if (changed.ExpectedResults != current.ExpectedResults) fields.Add("expectedResults");
        if (changed.RequestedAmount != current.RequestedAmount) fields.Add("requestedAmount");
        if (!changed.CoFinancing.SequenceEqual(current.CoFinancing)) fields.Add("coFinancing");
        if (!changed.Budget.SequenceEqual(current.Budget)) fields.Add("budget");
        if (!changed.Pieces.SequenceEqual(current.Pieces)) fields.Add("pieces");
        State.History.Add(new HistoryEntry(State.Version, now, command.Actor, "FundApplicationEdited", Key, string.Join(",", fields), null, null, id));
        return await CommitAsync(id, command, call);
    }

    async Task<FundApplication> IFundApplicationGrain.SubmitAsync(SubmitFundApplication command)
    {
        var (id, call) = await BeginApplicantAsync(command);
        if (Repeated(id, command))
            return await SnapshotAsync(command.Actor, call);
        RequireDraftOpen();
        var now = time.GetUtcNow();
        // The deadline holds for the first filing; a file the managers returned for completion may come back after it.
        if (State.Status == ApplicationStatus.Draft && command.Actor != Actor.Seed && !call.IsOpenAt(now))
            throw FundErrors.CallClosed(call.Code, call.Deadline);
        var gaps = Checklist.Of(call, State.Content).Where(i => !i.Satisfied).ToList();
        if (gaps.Count > 0)
            throw FundErrors.ChecklistIncomplete(gaps);

        var version = new ApplicationVersion(State.Versions.Count + 1, State.Content, now, command.Actor.DisplayName);
        State.Versions.Add(version);
        var before = State.Status;
        State.Status = ApplicationStatus.Submitted;
        Changed(now);
        State.History.Add(new HistoryEntry(
            State.Version, now, command.Actor, "FundApplicationSubmitted", Key, "status", before.ToString(), $"{ApplicationStatus.Submitted} (version {version.Number})", id));
        return await CommitAsync(id, command, call);
    }

    async Task<FundApplication> IFundApplicationGrain.ReturnAsync(ReturnFundApplication command)
    {
        var (id, call) = await BeginManagerAsync(command);
        if (Repeated(id, command))
            return await SnapshotAsync(command.Actor, call);
        if (State.Status != ApplicationStatus.Submitted)
            throw FundErrors.IllegalStatusChange(Key, State.Status, "le renvoyer pour compléments (seul un dossier déposé, avant instruction, se renvoie)",
                "return it for completion (only a filed application, before review, is returned)");
        var reason = FundApplicationRules.Reason(command.Reason, "Le motif du renvoi", "The reason for returning it");

        var now = time.GetUtcNow();
        State.LatestReturn = new ApplicationReturn(State.Versions.Count, reason, now, command.Actor.DisplayName);
        State.Status = ApplicationStatus.Returned;
        Changed(now);
        State.History.Add(new HistoryEntry(State.Version, now, command.Actor, "FundApplicationReturned", Key, "status",
            ApplicationStatus.Submitted.ToString(), ApplicationStatus.Returned.ToString(), id));
        State.History.Add(new HistoryEntry(State.Version, now, command.Actor, "FundApplicationReturned", Key, "reason", null, reason, id));
        return await CommitAsync(id, command, call);
    }

    async Task<FundApplication> IFundApplicationGrain.GrantAsync(GrantFundApplication command)
    {
        var (id, call) = await BeginManagerAsync(command);
        if (Repeated(id, command))
            return await SnapshotAsync(command.Actor, call);
        if (State.Status != ApplicationStatus.UnderReview)
            throw FundErrors.IllegalStatusChange(Key, State.Status, "l'accorder (un dossier s'accorde en instruction)", "grant it (an application is granted under review)");
        var amount = FundCallRules.Amount(command.Amount, "le montant accordé", "the granted amount");
        var requested = State.Versions[^1].Content.RequestedAmount;
        if (amount > requested)
            throw FundErrors.GrantOverRequested(amount, requested);
        var reasons = FundApplicationRules.Reason(command.Reasons, "Le motif de la décision", "The reason for the decision");
        var start = command.PeriodStart ?? new DateOnly(call.Year, 1, 1);
        var end = command.PeriodEnd ?? new DateOnly(call.Year + 1, 12, 31);
        Reports.ReportRules.Period(start, end);

        return await DecideAsync(id, command, call, new FundDecision(true, amount, reasons, start, end, time.GetUtcNow(), command.Actor.DisplayName));
    }

    async Task<FundApplication> IFundApplicationGrain.DeclineAsync(DeclineFundApplication command)
    {
        var (id, call) = await BeginManagerAsync(command);
        if (Repeated(id, command))
            return await SnapshotAsync(command.Actor, call);
        if (State.Status is not (ApplicationStatus.Submitted or ApplicationStatus.UnderReview))
            throw FundErrors.IllegalStatusChange(Key, State.Status, "le refuser (seul un dossier déposé ou en instruction se refuse)",
                "decline it (only a filed application or one under review is declined)");
        var reasons = FundApplicationRules.Reason(command.Reasons, "Le motif de la décision", "The reason for the decision");
        return await DecideAsync(id, command, call, new FundDecision(false, null, reasons, null, null, time.GetUtcNow(), command.Actor.DisplayName));
    }

    private async Task<FundApplication> DecideAsync(string id, Command command, FundCall call, FundDecision decision)
    {
        var before = State.Status;
        State.Decision = decision;
        State.Status = decision.Granted ? ApplicationStatus.Granted : ApplicationStatus.Declined;
        Changed(decision.DecidedAt);
        var action = decision.Granted ? "FundApplicationGranted" : "FundApplicationDeclined";
        State.History.Add(new HistoryEntry(State.Version, decision.DecidedAt, command.Actor, action, Key, "status", before.ToString(), State.Status.ToString(), id));
        if (decision.Amount is { } amount)
            State.History.Add(new HistoryEntry(State.Version, decision.DecidedAt, command.Actor, action, Key, "amount", null,
                amount.ToString(System.Globalization.CultureInfo.InvariantCulture), id));
        State.History.Add(new HistoryEntry(State.Version, decision.DecidedAt, command.Actor, action, Key, "reasons", null, decision.Reasons, id));
        if (decision.Amount is { } granted)
        {
            // Written with the decision, so the ledger hears of it even if this grain stops right after the write.
            State.LedgerPending = new Money.Commands.GrantCommitment(
                Key, granted, DateOnly.FromDateTime(decision.DecidedAt.UtcDateTime), State.Versions[^1].Content.Title, command.Actor);
            State.LedgerPendingKey = Money.LedgerRules.KeyFor(State.PartnershipSlug, call.Year);
        }
        return await CommitAsync(id, command, call);
    }

    /// <summary>The action id, the applicant's rights (North staff of the partnership), then whether the file exists.</summary>
    private async Task<(string Id, FundCall Call)> BeginApplicantAsync(Command command)
    {
        var id = ClientMutationIds.Checked(command.ClientMutationId);
        FundApplicationRules.ParseKey(Key);
        if (!State.Created)
        {
            // An outsider learns nothing: a missing file is refused as the fund's managers would see it.
            if (!(await FundRole.OfAsync(grains, command.Actor)).IsManager)
                throw FundErrors.ForbiddenRead();
            throw FundErrors.UnknownApplication(Key);
        }
        var access = await grains.GetGrain<IPartnershipGrain>(State.PartnershipSlug).GetAccessAsync(command.Actor);
        if (!access.IsNorth)
            throw access.CanRead ? FundErrors.ForbiddenApply() : FundErrors.ForbiddenRead();
        return (id, await CallAsync());
    }

    private async Task<(string Id, FundCall Call)> BeginManagerAsync(Command command)
    {
        var id = ClientMutationIds.Checked(command.ClientMutationId);
        FundApplicationRules.ParseKey(Key);
        if (!(await FundRole.OfAsync(grains, command.Actor)).IsManager)
            throw FundErrors.ForbiddenManage();
        RequireCreated();
        return (id, await CallAsync());
    }

    /// <summary>
    /// Whether the same person already applied this action about the same reviewer, criterion or partnership; a reused
    /// id is refused. A receipt written before receipts recorded who acted answers only the person its history line
    /// names. A repeat then answers the file as that person may read it now.
    /// </summary>
    private bool Repeated(string clientMutationId, Command command) =>
        State.Receipts.IsRepeat(clientMutationId, command, State.History);

    private void RequireCreated()
    {
        if (!State.Created)
            throw FundErrors.UnknownApplication(Key);
    }

    private void RequireDraftOpen()
    {
        if (State.Status is not (ApplicationStatus.Draft or ApplicationStatus.Returned))
            throw FundErrors.Frozen(Key, State.Status, State.Versions.Count);
    }

    private async Task<FundCall> CallAsync() =>
        await grains.GetGrain<IFundCallGrain>(CallCode).FindAsync() ?? throw FundErrors.UnknownCall(CallCode);

    private void Changed(DateTimeOffset now)
    {
        State.Version++;
        State.UpdatedAt = now;
    }

    /// <summary>Keeps the receipt, writes durably, tells the reviewers' indexes, and answers as the actor sees the file.</summary>
    private async Task<FundApplication> CommitAsync(string clientMutationId, Command command, FundCall call)
    {
        State.Receipts.Remember(clientMutationId, command, State.Version);
        await state.WriteOrDeactivateAsync(this);
        await NotifyReviewersAsync();
        await NotifyLedgerAsync();
        return await SnapshotAsync(command.Actor, call);
    }
}
