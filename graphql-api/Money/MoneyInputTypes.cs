using Cooperation.Grains.Money;

namespace Cooperation.GraphQL.Money;

public sealed class MoneyPartyInputType : InputObjectGraphType<MoneyPartyInput>
{
    public MoneyPartyInputType()
    {
        Name = "MoneyPartyInput";
        Description = "Payeur ou bénéficiaire. / Provider or receiver.";
        Field<NonNullGraphType<StringGraphType>>("name").Description($"Nom, {LedgerRules.MaxNameLength} caractères au plus. / Name.");
        Field<FunderType>("funder").Description("Quel financeur du partenariat, le cas échéant. / Which of the partnership's funders, if any.");
    }
}

public sealed class MoneyDocumentInputType : InputObjectGraphType<MoneyDocumentInput>
{
    public MoneyDocumentInputType()
    {
        Name = "MoneyDocumentInput";
        Description = "Pièce justificative : fichier envoyé (uploadId) ou référence, ou les deux. / Supporting document: uploaded file or reference, or both.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Nom. / Name.");
        Field<StringGraphType>("uploadId").Description("Identifiant du fichier envoyé pour ce budget. / The uploaded file's id.");
        Field<StringGraphType>("documentReference").Description("Référence d'un document conservé ailleurs. / Reference of a document kept elsewhere.");
    }
}

/// <summary>The fields every money input starts with.</summary>
internal static class MoneyInputFields
{
    public static void AddLedgerFields<T>(this InputObjectGraphType<T> type)
    {
        type.Field<NonNullGraphType<StringGraphType>>("clientMutationId")
            .Description("Identifiant choisi par le client ; le renvoyer rejoue la première réponse sans rien changer. / Client-chosen id; sending it again returns the first answer and changes nothing.");
        type.Field<NonNullGraphType<IdGraphType>>("partnershipId").Description("Partenariat (identifiant global ou lisible). / Partnership (global or readable id).");
        type.Field<NonNullGraphType<IntGraphType>>("year").Description($"Année du budget ({LedgerRules.FirstYear} – {LedgerRules.LastYear}). / The ledger's year.");
    }

    public static void AddLineFields<T>(this InputObjectGraphType<T> type)
    {
        type.Field<NonNullGraphType<FunderType>>("funder");
        type.Field<StringGraphType>("funderName").Description("Nom du financeur (obligatoire pour un autre cofinanceur). / Funder's name (required for another co-financer).");
        type.Field<NonNullGraphType<StringGraphType>>("label").Description("Objet de la ligne. / What the line is for.");
        type.Field<NonNullGraphType<DecimalGraphType>>("amount").Description("Montant en euros, positif, au centime. / Amount in euros, positive, to the cent.");
    }

    public static void AddTransactionFields<T>(this InputObjectGraphType<T> type)
    {
        type.Field<NonNullGraphType<TransactionKindType>>("kind");
        type.Field<NonNullGraphType<DateOnlyGraphType>>("date").Description("Date, dans l'année du budget. / Date, within the ledger's year.");
        type.Field<NonNullGraphType<DecimalGraphType>>("amount").Description("Montant positif dans sa devise (francs CFA entiers). / Positive amount in its currency (whole CFA francs).");
        type.Field<NonNullGraphType<CurrencyType>>("currency");
        type.Field<DecimalGraphType>("ratePerEuro").Description("Unités de la devise pour un euro (655,957 pour le XOF) ; facultatif en euros. / Units of the currency per euro (655.957 for XOF); optional in euros.");
        type.Field<NonNullGraphType<MoneyPartyInputType>>("provider").Description("Payeur. / Provider.");
        type.Field<NonNullGraphType<MoneyPartyInputType>>("receiver").Description("Bénéficiaire. / Receiver.");
        type.Field<NonNullGraphType<StringGraphType>>("description").Description("Libellé. / Description.");
        type.Field<ListGraphType<NonNullGraphType<MoneyDocumentInputType>>>("documents").Description($"Pièces, {LedgerRules.MaxDocuments} au plus. / Documents.");
    }
}

public sealed class AddBudgetLineInputType : InputObjectGraphType<AddBudgetLineInput>
{
    public AddBudgetLineInputType()
    {
        Name = "AddBudgetLineInput";
        Description = "Ajouter une ligne budgétaire (Nord). / Add a budget line (North).";
        this.AddLedgerFields();
        this.AddLineFields();
    }
}

public sealed class CorrectBudgetLineInputType : InputObjectGraphType<CorrectBudgetLineInput>
{
    public CorrectBudgetLineInputType()
    {
        Name = "CorrectBudgetLineInput";
        Description = "Corriger une ligne budgétaire (Nord). / Correct a budget line (North).";
        this.AddLedgerFields();
        Field<NonNullGraphType<StringGraphType>>("lineId").Description("La ligne (« b1 »). / The line.");
        Field<LongGraphType>("expectedVersion").Description("Version lue ; CONFLICT si le budget a changé depuis. / Version read; CONFLICT if the ledger changed since.");
        this.AddLineFields();
    }
}

public sealed class RecordTransactionInputType : InputObjectGraphType<RecordTransactionInput>
{
    public RecordTransactionInputType()
    {
        Name = "RecordMoneyTransactionInput";
        Description = "Enregistrer une opération (Nord). / Record a transaction (North).";
        this.AddLedgerFields();
        this.AddTransactionFields();
    }
}

public sealed class CorrectTransactionInputType : InputObjectGraphType<CorrectTransactionInput>
{
    public CorrectTransactionInputType()
    {
        Name = "CorrectMoneyTransactionInput";
        Description = "Corriger une opération (Nord). / Correct a transaction (North).";
        this.AddLedgerFields();
        Field<NonNullGraphType<StringGraphType>>("transactionId").Description("L'opération (« t1 »). / The transaction.");
        Field<LongGraphType>("expectedVersion").Description("Version lue ; CONFLICT si le budget a changé depuis. / Version read; CONFLICT if the ledger changed since.");
        this.AddTransactionFields();
    }
}

public sealed class ConfirmReceiptInputType : InputObjectGraphType<ConfirmReceiptInput>
{
    public ConfirmReceiptInputType()
    {
        Name = "ConfirmFundsReceivedInput";
        Description = "« Reçu » : le Sud confirme une réception de fonds, ou dit qu'elle n'est pas arrivée. / The South confirms funds received, or says they did not arrive.";
        this.AddLedgerFields();
        Field<NonNullGraphType<StringGraphType>>("transactionId").Description("L'opération de fonds reçus (« t3 »). / The funds-received transaction.");
        Field<BooleanGraphType>("received").Description("Vrai (par défaut) : reçu ; faux : non reçu. / True (default): received; false: not received.");
        Field<StringGraphType>("note").Description($"Remarque, {LedgerRules.MaxNoteLength} caractères au plus. / Note.");
    }
}
