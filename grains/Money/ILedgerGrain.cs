using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Money.Commands;

namespace Cooperation.Grains.Money;

/// <summary>
/// Le budget et les financements d'un partenariat pour une année: the budget lines by funder, and the money that moved
/// — commitments, funds received, disbursements, expenditure — each with its documents, in euros or converted to euros
/// at the rate entered with it. Key: <c>"{slug}/{year}"</c> (<see cref="LedgerRules.KeyFor"/>).
/// </summary>
/// <remarks>
/// North staff (and administrators) add and correct lines and transactions; South agents confirm a « fonds reçus »
/// transaction they received, or say they did not; members of the partnership and the fund's managers read. A granted
/// application of the Fonds de Solidarité Numérique becomes the fund's commitment here, once, whatever the number of
/// times its decision is told (<see cref="RecordGrantAsync"/>). Every change is in the history. Every command carries a
/// client mutation id: a repeat by the same person about the same line returns the ledger and changes nothing, anyone
/// else's is refused as reused (<see cref="ActionReceipts"/>); a refused command changes nothing.
/// </remarks>
public interface ILedgerGrain : IGrainWithStringKey
{
    /// <summary>Adds a budget line (« ligne budgétaire »): who funds how much of what.</summary>
    Task<Ledger> AddBudgetLineAsync(AddBudgetLine command);

    /// <summary>Replaces a budget line's funder, label or amount; the former values stay in the history.</summary>
    Task<Ledger> CorrectBudgetLineAsync(CorrectBudgetLine command);

    /// <summary>Records a transaction: a commitment, funds received, a disbursement or an expenditure.</summary>
    Task<Ledger> RecordTransactionAsync(RecordTransaction command);

    /// <summary>Replaces what a transaction says; a South confirmation given before stands only if the amount did not change.</summary>
    Task<Ledger> CorrectTransactionAsync(CorrectTransaction command);

    /// <summary>« Reçu »: the South confirms it received a « fonds reçus » transaction, or says it did not.</summary>
    Task<Ledger> ConfirmReceiptAsync(ConfirmReceipt command);

    /// <summary>
    /// Told by a granted application of the fund: its amount becomes the fund's commitment in this ledger. Keyed by the
    /// application, so a decision told again (after a lost answer, at the application's next activation) adds nothing.
    /// </summary>
    Task RecordGrantAsync(GrantCommitment grant);

    /// <summary>The ledger with its totals and the donated hardware's value: members of the partnership, fund managers, administrators.</summary>
    Task<Ledger> GetAsync(Actor actor);

    /// <summary>A page of the ledger's history, newest first (<see cref="HistoryPageRequest"/>), to those who read it.</summary>
    Task<HistoryPage> GetHistoryPageAsync(Actor actor, HistoryPageRequest request);

    /// <summary>
    /// The uploaded document a transaction cites under this upload id (an invoice, a transfer order), for a reader of the
    /// ledger. Null for anyone else and for a document no transaction cites, alike.
    /// </summary>
    Task<PieceFile?> FindDocumentAsync(Actor actor, string uploadId);
}
