namespace Cooperation.Grains.Money;

/// <summary>What a transaction is, in the words of a public accountant (and of the IATI transaction types).</summary>
public enum TransactionKind
{
    /// <summary>Engagement: a firm, written promise of money (a council's délibération, a grant decision).</summary>
    Commitment,

    /// <summary>Fonds reçus: money that came in to the partnership's receiving side; the receiver confirms it.</summary>
    FundsReceived,

    /// <summary>Décaissement: money paid out to the partner or to another party carrying out the work.</summary>
    Disbursement,

    /// <summary>Dépense: money spent directly on goods and services (a transport invoice, an installation).</summary>
    Expenditure,
}
