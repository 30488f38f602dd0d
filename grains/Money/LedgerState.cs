using Cooperation.Grains.Common.Journal;

namespace Cooperation.Grains.Money;

/// <summary>Persisted state of one partnership's ledger for one year: its lines, its transactions, history and applied action ids.</summary>
[GenerateSerializer]
public sealed class LedgerState : IPartnershipEntityState
{
    /// <summary>In the order they were added; a correction replaces a line in place.</summary>
    [Id(0)] public List<LedgerBudgetLine> BudgetLines { get; set; } = [];

    /// <summary>In the order they were recorded; a correction replaces a transaction in place.</summary>
    [Id(1)] public List<LedgerTransaction> Transactions { get; set; } = [];

    /// <inheritdoc/>
    [Id(2)] public long Version { get; set; }

    /// <inheritdoc/>
    [Id(3)] public DateTimeOffset UpdatedAt { get; set; }

    /// <inheritdoc/>
    [Id(4)] public bool FeedPending { get; set; }

    /// <inheritdoc/>
    [Id(5)] public JournalTail<HistoryEntry> HistoryTail { get; set; } = new();

    /// <inheritdoc/>
    [Id(6)] public JournalTail<KeptReceipt<ActionReceipt>> ReceiptTail { get; set; } = new();

    /// <summary>Never filled: a ledger's history and receipts were kept in journals from the start.</summary>
    [Id(7)] public List<HistoryEntry> History { get; set; } = [];

    /// <inheritdoc cref="History"/>
    [Id(8)] public Dictionary<string, ActionReceipt> Receipts { get; set; } = [];
}
