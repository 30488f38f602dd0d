using Cooperation.Grains.Money.Commands;
using Cooperation.Grains.Partnerships;

namespace Cooperation.Grains.Money;

/// <inheritdoc cref="ILedgerGrain"/>
public sealed partial class LedgerGrain(
    [PersistentState("ledger", StorageNames.Cooperation)] IPersistentState<LedgerState> state,
    IGrainFactory grains,
    TimeProvider time) : PartnershipEntityGrain<LedgerState>(state, grains, time), ILedgerGrain
{
    /// <summary>The kind under which ledgers appear in a partnership's change feed.</summary>
    public const string Kind = "Ledger";

    protected override string FeedKind => Kind;

    protected override string? Partnership => LedgerRules.ParseKey(Key).Slug;

    private int Year => LedgerRules.ParseKey(Key).Year;

    async Task<Ledger> ILedgerGrain.AddBudgetLineAsync(AddBudgetLine command)
    {
        var id = await BeginAsync(command, ActingSide.North);
        if (await RepeatedAsync(id, command))
            return await SnapshotAsync();
        var entry = LedgerRules.BudgetLine(command.Line);
        if (State.BudgetLines.Count >= LedgerRules.MaxLines)
            throw LedgerErrors.TooMany("lignes budgétaires", "budget lines", LedgerRules.MaxLines);
        await RequireEstablishedPartnershipAsync();

        var line = new LedgerBudgetLine($"b{State.BudgetLines.Count + 1}", entry.Funder, entry.FunderName, entry.Label, entry.Amount);
        State.BudgetLines.Add(line);
        Changed(ActionTime.Of(command, Time));
        Record(id, command.Actor, "BudgetLineAdded", line.Id, "amount", null, LedgerWords.Line(line));
        await CommitAsync(id, command);
        return await SnapshotAsync();
    }

    async Task<Ledger> ILedgerGrain.CorrectBudgetLineAsync(CorrectBudgetLine command)
    {
        var id = await BeginAsync(command, ActingSide.North);
        if (await RepeatedAsync(id, command))
            return await SnapshotAsync();
        var index = State.BudgetLines.FindIndex(l => l.Id == command.LineId);
        if (index < 0)
            throw LedgerErrors.UnknownLine(Key, command.LineId);
        RequireVersion(command.ExpectedVersion);
        var entry = LedgerRules.BudgetLine(command.Line);

        var before = State.BudgetLines[index];
        var after = before with { Funder = entry.Funder, FunderName = entry.FunderName, Label = entry.Label, Amount = entry.Amount };
        if (after != before)
        {
            State.BudgetLines[index] = after;
            Changed(ActionTime.Of(command, Time));
            Record(id, command.Actor, "BudgetLineCorrected", before.Id, "line", LedgerWords.Line(before), LedgerWords.Line(after));
        }
        await CommitAsync(id, command);
        return await SnapshotAsync();
    }

    async Task<Ledger> ILedgerGrain.RecordTransactionAsync(RecordTransaction command)
    {
        var id = await BeginAsync(command, ActingSide.North);
        if (await RepeatedAsync(id, command))
            return await SnapshotAsync();
        var transaction = LedgerRules.Transaction(command.Transaction, Year, $"t{State.Transactions.Count + 1}", command.Actor.DisplayName);
        if (State.Transactions.Count >= LedgerRules.MaxTransactions)
            throw LedgerErrors.TooMany("opérations", "transactions", LedgerRules.MaxTransactions);
        await RequireEstablishedPartnershipAsync();

        State.Transactions.Add(transaction);
        Changed(ActionTime.Of(command, Time));
        Record(id, command.Actor, "TransactionRecorded", transaction.Id, "transaction", null, LedgerWords.Transaction(transaction));
        await CommitAsync(id, command);
        return await SnapshotAsync();
    }

    async Task<Ledger> ILedgerGrain.CorrectTransactionAsync(CorrectTransaction command)
    {
        var id = await BeginAsync(command, ActingSide.North);
        if (await RepeatedAsync(id, command))
            return await SnapshotAsync();
        var index = FindTransaction(command.TransactionId);
        RequireVersion(command.ExpectedVersion);
        var before = State.Transactions[index];
        var corrected = LedgerRules.Transaction(command.Transaction, Year, before.Id, command.Actor.DisplayName);
        // The South confirmed this amount from this provider: another amount, or another kind, needs its word again.
        var receiptStands = corrected.Kind == TransactionKind.FundsReceived && before.Kind == corrected.Kind
            && before.Amount == corrected.Amount && before.Currency == corrected.Currency;
        var after = corrected with { Receipt = receiptStands ? before.Receipt : null, Source = before.Source };

        if (LedgerWords.Transaction(after) != LedgerWords.Transaction(before) || !after.Documents.SequenceEqual(before.Documents))
        {
            State.Transactions[index] = after;
            Changed(ActionTime.Of(command, Time));
            Record(id, command.Actor, "TransactionCorrected", before.Id, "transaction", LedgerWords.Transaction(before), LedgerWords.Transaction(after));
            if (before.Receipt is not null && after.Receipt is null)
                Record(id, command.Actor, "TransactionCorrected", before.Id, "receipt", LedgerWords.Receipt(before.Receipt), null);
        }
        await CommitAsync(id, command);
        return await SnapshotAsync();
    }

    async Task<Ledger> ILedgerGrain.ConfirmReceiptAsync(ConfirmReceipt command)
    {
        var id = await BeginAsync(command, ActingSide.South);
        if (await RepeatedAsync(id, command))
            return await SnapshotAsync();
        var index = FindTransaction(command.TransactionId);
        var before = State.Transactions[index];
        if (before.Kind != TransactionKind.FundsReceived)
            throw LedgerErrors.NotReceivable(before.Id);
        var note = LedgerRules.Note(command.Note);

        var now = ActionTime.Of(command, Time);
        var receipt = new ReceiptConfirmation(command.Received, note, now, command.Actor.DisplayName);
        State.Transactions[index] = before with { Receipt = receipt };
        Changed(now);
        Record(id, command.Actor, command.Received ? "FundsConfirmed" : "FundsNotReceived", before.Id, "receipt",
            before.Receipt is null ? null : LedgerWords.Receipt(before.Receipt), LedgerWords.Receipt(receipt));
        await CommitAsync(id, command);
        return await SnapshotAsync();
    }

    async Task ILedgerGrain.RecordGrantAsync(GrantCommitment grant)
    {
        // Told after the decision is durable, and told again until this answers: the application's key is the repeat.
        if (State.Transactions.Any(t => t.Source == grant.ApplicationKey))
            return;
        var slug = LedgerRules.ParseKey(Key).Slug;
        var date = grant.DecidedOn.Year == Year ? grant.DecidedOn : new DateOnly(Year, 1, 1);
        var fund = new LedgerParty(LedgerWords.FundName, Funder.SolidarityFund);
        var transaction = new LedgerTransaction(
            $"t{State.Transactions.Count + 1}", TransactionKind.Commitment, date, grant.Amount, Currency.EUR, 1m, grant.Amount,
            fund, new LedgerParty(slug, Funder.NorthAuthority),
            $"Subvention accordée : {grant.Title} / Grant awarded: {grant.Title}", [], Receipt: null, Source: grant.ApplicationKey,
            grant.DecidedBy.DisplayName);
        State.Transactions.Add(transaction);
        Changed(Time.GetUtcNow());
        Record($"grant:{grant.ApplicationKey}", grant.DecidedBy, "GrantCommitted", transaction.Id, "transaction",
            null, LedgerWords.Transaction(transaction));
        await CommitAsync();
    }

    protected override DomainException Refusal(ActingSide? side) => side switch
    {
        null => LedgerErrors.Forbidden(),
        ActingSide.South => LedgerErrors.ForbiddenConfirmation(),
        _ => LedgerErrors.ForbiddenEntry(),
    };

    private int FindTransaction(string id)
    {
        var index = State.Transactions.FindIndex(t => t.Id == id);
        return index >= 0 ? index : throw LedgerErrors.UnknownTransaction(Key, id);
    }

    private void RequireVersion(long? expected)
    {
        if (expected is { } version && version != State.Version)
            throw LedgerErrors.StaleVersion(Key, version, State.Version);
    }
}
