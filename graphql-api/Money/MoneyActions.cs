using Cooperation.Grains.Money;
using Cooperation.Grains.Money.Commands;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema.Actions;

namespace Cooperation.GraphQL.Money;

/// <summary>The field actions on a partnership's money; the ledger grain decides sides.</summary>
internal static class MoneyActions
{
    public static IEnumerable<FieldAction> All =>
    [
        new FieldAction<AddBudgetLineInput, AddBudgetLineInputType, Ledger>("addBudgetLine",
            "Ajouter une ligne budgétaire (Nord). / Add a budget line (North).", Answer,
            (i, c) => Of(i, c).AddBudgetLineAsync(new AddBudgetLine(i.ClientMutationId, c.Actor, i.ToEntry()))),
        new FieldAction<CorrectBudgetLineInput, CorrectBudgetLineInputType, Ledger>("correctBudgetLine",
            "Corriger une ligne budgétaire (Nord). / Correct a budget line (North).", Answer,
            (i, c) => Of(i, c).CorrectBudgetLineAsync(new CorrectBudgetLine(i.ClientMutationId, c.Actor, i.LineId, i.ToEntry(), i.ExpectedVersion))),
        new FieldAction<RecordTransactionInput, RecordTransactionInputType, Ledger>("recordMoneyTransaction",
            "Enregistrer une opération : engagement, fonds reçus, décaissement ou dépense (Nord). / Record a transaction: commitment, funds received, disbursement or expenditure (North).", Answer,
            (i, c) => Of(i, c).RecordTransactionAsync(new RecordTransaction(i.ClientMutationId, c.Actor, i.ToEntry()))),
        new FieldAction<CorrectTransactionInput, CorrectTransactionInputType, Ledger>("correctMoneyTransaction",
            "Corriger une opération (Nord). / Correct a transaction (North).", Answer,
            (i, c) => Of(i, c).CorrectTransactionAsync(new CorrectTransaction(i.ClientMutationId, c.Actor, i.TransactionId, i.ToEntry(), i.ExpectedVersion))),
        new FieldAction<ConfirmReceiptInput, ConfirmReceiptInputType, Ledger>("confirmFundsReceived",
            "« Reçu » : confirmer une réception de fonds, ou dire qu'elle n'est pas arrivée (Sud). / Confirm funds received, or say they did not arrive (South).", Answer,
            (i, c) => Of(i, c).ConfirmReceiptAsync(new ConfirmReceipt(i.ClientMutationId, c.Actor, i.TransactionId, i.Received, i.Note))),
    ];

    /// <summary>What every money action answers: the ledger as the action left it, with its totals.</summary>
    private static ActionAnswer<Ledger> Answer { get; } = ActionAnswer<Ledger>.Entity<LedgerType>("money",
        "Résultat : l'identifiant client renvoyé et le budget de l'année. / Result: the echoed client id and the year's ledger.")
        .Changing(MoneySchema.Changes, l => l);

    private static ILedgerGrain Of(MoneyInput input, ActionContext context) =>
        context.Grains.GetGrain<ILedgerGrain>(LedgerRules.KeyFor(PartnershipLookup.Slug(input.PartnershipId), input.Year));
}
