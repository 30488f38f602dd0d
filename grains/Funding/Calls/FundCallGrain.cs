using Cooperation.Grains.Common.Journal;
using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Funding.Calls.Commands;
using Cooperation.Grains.Funding.Reviews;
using Cooperation.Grains.Partnerships;

namespace Cooperation.Grains.Funding.Calls;

/// <inheritdoc cref="IFundCallGrain"/>
public sealed class FundCallGrain(
    [PersistentState("fund-call", StorageNames.Cooperation)] IPersistentState<FundCallState> state,
    IGrainFactory grains,
    TimeProvider time) : Grain, IFundCallGrain
{
    private FundCallState State => state.State;

    private string Code => this.GetPrimaryKeyString();

    async Task<FundCall> IFundCallGrain.CreateAsync(CreateFundCall command)
    {
        var id = ClientMutationIds.Checked(command.ClientMutationId);
        FundCallRules.Code(Code);
        await RequireManagerAsync(command.Actor);
        var directory = grains.GetGrain<IFundCallDirectoryGrain>(FundCallDirectoryGrain.Key);
        if (Repeated(id, command) is { } first)
        {
            // A repeat also completes a listing that a failure after the first write may have missed.
            await directory.RegisterAsync(Code, first.Year);
            return first;
        }
        if (State.Created)
            throw FundErrors.CallExists(Code);

        var now = time.GetUtcNow();
        var year = FundCallRules.Year(command.Year);
        var title = FundCallRules.Title(command.Title);
        var envelope = FundCallRules.Envelope(command.Envelope);
        var deadline = FundCallRules.Deadline(command.Deadline, now, command.Actor == Actor.Seed);
        var criteria = FundCallRules.Criteria(command.Criteria);
        var pieces = FundCallRules.RequiredPieces(command.RequiredPieces);

        State.Created = true;
        (State.Year, State.Title, State.Envelope, State.Deadline, State.BlindReview) = (year, title, envelope, deadline, command.BlindReview);
        State.Criteria = [.. criteria];
        State.RequiredPieces = [.. pieces];
        State.CreatedAt = now;
        Changed(now);
        State.History.Add(new HistoryEntry(State.Version, now, command.Actor, "FundCallOpened", Code, null, null, title, id));
        var result = await CommitAsync(id, command);
        await directory.RegisterAsync(Code, year);
        return result;
    }

    async Task<FundCall> IFundCallGrain.EditAsync(EditFundCall command)
    {
        var id = ClientMutationIds.Checked(command.ClientMutationId);
        await RequireManagerAsync(command.Actor);
        if (Repeated(id, command) is { } first)
            return first;
        RequireCreated();
        var reviewing = command.Criteria is not null || command.RequiredPieces is not null || command.BlindReview is not null;
        if (reviewing && State.RubricLocked)
            throw FundErrors.RubricLocked(Code);

        var now = time.GetUtcNow();
        var title = command.Title is null ? State.Title : FundCallRules.Title(command.Title);
        var envelope = command.Envelope is { } e ? FundCallRules.Envelope(e) : State.Envelope;
        var deadline = command.Deadline is { } d ? FundCallRules.Deadline(d, now, command.Actor == Actor.Seed) : State.Deadline;
        var criteria = command.Criteria is null ? State.Criteria : [.. FundCallRules.Criteria(command.Criteria)];
        var pieces = command.RequiredPieces is null ? State.RequiredPieces : [.. FundCallRules.RequiredPieces(command.RequiredPieces)];

        void Record(string field, string before, string after)
        {
            if (before != after)
                State.History.Add(new HistoryEntry(State.Version, now, command.Actor, "FundCallEdited", Code, field, before, after, id));
        }
        Changed(now);
        Record("title", State.Title, title);
        Record("envelope", State.Envelope.ToString(System.Globalization.CultureInfo.InvariantCulture), envelope.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Record("deadline", State.Deadline.ToString("O"), deadline.ToString("O"));
        Record("blindReview", State.BlindReview.ToString(), (command.BlindReview ?? State.BlindReview).ToString());
        Record("criteria", string.Join(",", State.Criteria.Select(c => $"{c.Key}×{c.Weight}")), string.Join(",", criteria.Select(c => $"{c.Key}×{c.Weight}")));
        Record("requiredPieces", string.Join(",", State.RequiredPieces), string.Join(",", pieces));
        (State.Title, State.Envelope, State.Deadline) = (title, envelope, deadline);
        State.BlindReview = command.BlindReview ?? State.BlindReview;
        State.Criteria = criteria;
        State.RequiredPieces = pieces;
        return await CommitAsync(id, command);
    }

    Task<FundCall?> IFundCallGrain.FindAsync() => Task.FromResult(State.Created ? Snapshot() : null);

    async Task<string> IFundCallGrain.OpenApplicationAsync(Actor actor, string partnershipSlug)
    {
        if (!PartnershipRules.IsValidSlug(partnershipSlug))
            throw PartnershipErrors.UnknownPartnership(partnershipSlug);
        var partnership = grains.GetGrain<IPartnershipGrain>(partnershipSlug);
        var access = await partnership.GetAccessAsync(actor);
        if (!access.IsNorth)
            throw FundErrors.ForbiddenApply();
        RequireCreated();
        if (State.Applications.TryGetValue(partnershipSlug, out var known))
            return known;
        if (await partnership.FindAsync() is null)
            throw PartnershipErrors.UnknownPartnership(partnershipSlug);
        if (actor != Actor.Seed && !Snapshot().IsOpenAt(time.GetUtcNow()))
            throw FundErrors.CallClosed(Code, State.Deadline);

        State.LastNumber++;
        var key = FundApplicationRules.Key(Code, State.LastNumber);
        State.Applications[partnershipSlug] = key;
        await state.WriteOrDeactivateAsync(this);
        return key;
    }

    Task<IReadOnlyList<string>> IFundCallGrain.ListApplicationsAsync() =>
        Task.FromResult<IReadOnlyList<string>>([.. State.Applications.Values.OrderBy(k => FundApplicationRules.ParseKey(k).Number)]);

    async Task<FundCall> IFundCallGrain.LockRubricAsync()
    {
        RequireCreated();
        if (!State.RubricLocked)
        {
            State.RubricLocked = true;
            await state.WriteOrDeactivateAsync(this);
        }
        return Snapshot();
    }

    async Task<IReadOnlyList<RankingEntry>> IFundCallGrain.GetRankingAsync(Actor actor)
    {
        await RequireManagerAsync(actor);
        RequireCreated();
        var keys = State.Applications.Values.ToList(); // read before awaiting: other calls may interleave from here
        var entries = await Task.WhenAll(keys.Select(key => grains.GetGrain<IFundApplicationGrain>(key).GetRankingEntryAsync(actor)));
        return Ranking.Rank(entries.OfType<RankingEntry>());
    }

    async Task<HistoryPage> IFundCallGrain.GetHistoryPageAsync(Actor actor, HistoryPageRequest request)
    {
        await RequireManagerAsync(actor);
        RequireCreated();
        return State.History.Page(request);
    }

    private async Task RequireManagerAsync(Actor actor)
    {
        if (!(await FundRole.OfAsync(grains, actor)).IsManager)
            throw FundErrors.ForbiddenManage();
    }

    private void RequireCreated()
    {
        if (!State.Created)
            throw FundErrors.UnknownCall(Code);
    }

    /// <summary>
    /// The call as it is now when the same person already applied this action; null when it is new; a reused id is
    /// refused. A receipt written before receipts recorded who acted answers only the person its history line names.
    /// </summary>
    private FundCall? Repeated(string clientMutationId, Command command) =>
        State.Receipts.IsRepeat(clientMutationId, command, State.History)
            ? Snapshot()
            : null;

    private void Changed(DateTimeOffset now)
    {
        State.Version++;
        State.UpdatedAt = now;
    }

    private async Task<FundCall> CommitAsync(string clientMutationId, Command command)
    {
        State.Receipts.Remember(clientMutationId, command, State.Version);
        await state.WriteOrDeactivateAsync(this);
        return Snapshot();
    }

    private FundCall Snapshot() => new(
        Code, State.Year, State.Title, State.Envelope, State.Deadline, State.BlindReview, [.. State.Criteria], [.. State.RequiredPieces],
        State.RubricLocked, State.Applications.Count, State.CreatedAt, State.UpdatedAt, State.Version);
}
