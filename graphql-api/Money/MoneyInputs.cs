using Cooperation.Grains.Money;
using Cooperation.GraphQL.Schema;

namespace Cooperation.GraphQL.Money;

/// <summary>CLR shape of <c>MoneyPartyInput</c>.</summary>
public sealed class MoneyPartyInput
{
    public string Name { get; set; } = "";
    public Funder? Funder { get; set; }

    public LedgerParty ToParty() => new(Name, Funder);
}

/// <summary>CLR shape of <c>MoneyDocumentInput</c>.</summary>
public sealed class MoneyDocumentInput
{
    public string Name { get; set; } = "";
    public string? UploadId { get; set; }
    public string? DocumentReference { get; set; }

    public LedgerDocument ToDocument() => new(Name, UploadId, DocumentReference);
}

/// <summary>What every money action carries: the action id, the partnership and the year of its ledger.</summary>
public abstract class MoneyInput : IClientMutationInput
{
    public string ClientMutationId { get; set; } = "";
    public string PartnershipId { get; set; } = "";
    public int Year { get; set; }
}

/// <summary>CLR shape of <c>AddBudgetLineInput</c> (and of the line in <c>CorrectBudgetLineInput</c>).</summary>
public class AddBudgetLineInput : MoneyInput
{
    public Funder Funder { get; set; }
    public string? FunderName { get; set; }
    public string Label { get; set; } = "";
    public decimal Amount { get; set; }

    public BudgetLineEntry ToEntry() => new(Funder, FunderName, Label, Amount);
}

/// <summary>CLR shape of <c>CorrectBudgetLineInput</c>.</summary>
public sealed class CorrectBudgetLineInput : AddBudgetLineInput
{
    public string LineId { get; set; } = "";
    public long? ExpectedVersion { get; set; }
}

/// <summary>CLR shape of <c>RecordMoneyTransactionInput</c> (and of the transaction in <c>CorrectMoneyTransactionInput</c>).</summary>
public class RecordTransactionInput : MoneyInput
{
    public TransactionKind Kind { get; set; }
    public DateOnly Date { get; set; }
    public decimal Amount { get; set; }
    public Currency Currency { get; set; }
    public decimal? RatePerEuro { get; set; }
    public MoneyPartyInput Provider { get; set; } = new();
    public MoneyPartyInput Receiver { get; set; } = new();
    public string Description { get; set; } = "";
    public List<MoneyDocumentInput>? Documents { get; set; }

    public TransactionEntry ToEntry() => new(
        Kind, Date, Amount, Currency, RatePerEuro, Provider.ToParty(), Receiver.ToParty(), Description,
        Documents?.Select(d => d.ToDocument()).ToList() ?? []);
}

/// <summary>CLR shape of <c>CorrectMoneyTransactionInput</c>.</summary>
public sealed class CorrectTransactionInput : RecordTransactionInput
{
    public string TransactionId { get; set; } = "";
    public long? ExpectedVersion { get; set; }
}

/// <summary>CLR shape of <c>ConfirmFundsReceivedInput</c>.</summary>
public sealed class ConfirmReceiptInput : MoneyInput
{
    public string TransactionId { get; set; } = "";
    public bool Received { get; set; } = true;
    public string? Note { get; set; }
}
