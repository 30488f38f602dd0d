using Cooperation.Grains.Money;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Money;

/// <summary>One budget line.</summary>
public sealed class BudgetLineType : ObjectGraphType<LedgerBudgetLine>
{
    public BudgetLineType()
    {
        Name = "MoneyBudgetLine";
        Description = "Ligne budgétaire : financeur, objet, montant en euros. / Budget line: funder, purpose, amount in euros.";
        Field(l => l.Id).Description("Identifiant dans le budget (« b1 »). / Id within the ledger.");
        Field<NonNullGraphType<FunderType>>("funder").Resolve(c => c.Source.Funder);
        Field(l => l.FunderName, nullable: true).Description("Nom du financeur (obligatoire pour un autre cofinanceur). / Funder's name.");
        Field(l => l.Label).Description("Objet. / Purpose.");
        Field(l => l.Amount).Description("Montant en euros. / Amount in euros.");
        Field(l => l.Source, nullable: true).Description("Dossier du Fonds dont vient la ligne. / Fund application it came from.");
        this.FieldsGuardedByParent();
    }
}

/// <summary>One transaction.</summary>
public sealed class TransactionType : ObjectGraphType<LedgerTransaction>
{
    public TransactionType()
    {
        Name = "MoneyTransaction";
        Description = "Opération : engagement, fonds reçus, décaissement ou dépense, convertie en euros au taux saisi. / Transaction, converted to euros at the rate entered.";
        Field(t => t.Id).Description("Identifiant dans le budget (« t1 »). / Id within the ledger.");
        Field<NonNullGraphType<TransactionKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Resolve(c => c.Source.Date);
        Field(t => t.Amount).Description("Montant dans sa devise. / Amount in its currency.");
        Field<NonNullGraphType<CurrencyType>>("currency").Resolve(c => c.Source.Currency);
        Field(t => t.RatePerEuro).Description("Unités de la devise pour un euro, saisi avec l'opération. / Units of the currency per euro, as entered.");
        Field(t => t.EuroAmount).Description("Montant en euros, arrondi au centime. / Amount in euros, to the cent.");
        Field<NonNullGraphType<LedgerPartyType>>("provider").Description("Payeur. / Provider.").Resolve(c => c.Source.Provider);
        Field<NonNullGraphType<LedgerPartyType>>("receiver").Description("Bénéficiaire. / Receiver.").Resolve(c => c.Source.Receiver);
        Field(t => t.Description).Description("Libellé. / Description.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LedgerDocumentType>>>>("documents").Description("Pièces. / Documents.")
            .WithComplexityImpact(1, MoneyComplexity.DocumentsPerTransaction).Resolve(c => c.Source.Documents);
        Field<ReceiptConfirmationType>("receipt").Description("Ce que le Sud a dit de la réception ; nul tant qu'il n'a rien dit. / What the South said of the receipt.").Resolve(c => c.Source.Receipt);
        Field(t => t.Source, nullable: true).Description("Dossier du Fonds dont vient l'engagement. / Fund application the commitment came from.");
        Field(t => t.RecordedBy).Description("Saisie par. / Entered by.");
        this.FieldsGuardedByParent();
    }
}

public sealed class LedgerPartyType : ObjectGraphType<LedgerParty>
{
    public LedgerPartyType()
    {
        Name = "MoneyParty";
        Description = "Payeur ou bénéficiaire. / Provider or receiver.";
        Field(p => p.Name).Description("Nom. / Name.");
        Field<FunderType>("funder").Description("Quel financeur du partenariat, le cas échéant. / Which of the partnership's funders, if any.").Resolve(c => c.Source.Funder);
        this.FieldsGuardedByParent();
    }
}

public sealed class LedgerDocumentType : ObjectGraphType<LedgerDocument>
{
    public LedgerDocumentType()
    {
        Name = "MoneyDocument";
        Description = "Pièce justificative : fichier envoyé ou référence. / Supporting document: uploaded file or reference.";
        Field(d => d.Name).Description("Nom. / Name.");
        Field(d => d.UploadId, nullable: true).Description("Identifiant du fichier envoyé. / Uploaded file's id.");
        Field(d => d.DocumentReference, nullable: true).Description("Référence du document. / Document reference.");
        this.FieldsGuardedByParent();
    }
}

public sealed class ReceiptConfirmationType : ObjectGraphType<ReceiptConfirmation>
{
    public ReceiptConfirmationType()
    {
        Name = "MoneyReceipt";
        Description = "Confirmation du Sud : reçu, ou non reçu. / The South's word: received, or not.";
        Field(r => r.Received).Description("Reçu (vrai) ou non reçu (faux). / Received or not.");
        Field(r => r.Note, nullable: true).Description("Remarque. / Note.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field(r => r.By).Description("Par. / By.");
        this.FieldsGuardedByParent();
    }
}

public sealed class LedgerTotalsType : ObjectGraphType<LedgerTotals>
{
    public LedgerTotalsType()
    {
        Name = "MoneyTotals";
        Description = "Totaux de l'année en euros. / The year's totals in euros.";
        Field(t => t.Budgeted).Description("Budget prévu. / Budgeted.");
        Field(t => t.Committed).Description("Engagé. / Committed.");
        Field(t => t.Received).Description("Reçu (hors fonds que le Sud dit non reçus). / Received (not counting funds the South says did not arrive).");
        Field(t => t.Disbursed).Description("Décaissé. / Disbursed.");
        Field(t => t.Spent).Description("Dépensé. / Spent.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FunderTotalType>>>>("byFunder")
            .WithComplexityImpact(1, MoneyComplexity.Totals).Resolve(c => c.Source.ByFunder);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KindTotalType>>>>("byKind")
            .WithComplexityImpact(1, MoneyComplexity.Totals).Resolve(c => c.Source.ByKind);
        this.FieldsGuardedByParent();
    }
}

public sealed class FunderTotalType : ObjectGraphType<FunderTotal>
{
    public FunderTotalType()
    {
        Name = "FunderTotal";
        Description = "Ce qu'un financeur a prévu et apporté, en euros. / What one funder budgeted and provided, in euros.";
        Field<NonNullGraphType<FunderType>>("funder").Resolve(c => c.Source.Funder);
        Field(t => t.Name, nullable: true).Description("Nom de l'autre cofinanceur. / The other co-financer's name.");
        Field(t => t.Budgeted);
        Field(t => t.Committed);
        Field(t => t.Received);
        Field(t => t.Disbursed);
        Field(t => t.Spent);
        this.FieldsGuardedByParent();
    }
}

public sealed class KindTotalType : ObjectGraphType<KindTotal>
{
    public KindTotalType()
    {
        Name = "KindTotal";
        Description = "Somme en euros et nombre d'opérations d'un type. / Euro sum and count of one kind of transaction.";
        Field<NonNullGraphType<TransactionKindType>>("kind").Resolve(c => c.Source.Kind);
        Field(t => t.Euros);
        Field(t => t.Count);
        this.FieldsGuardedByParent();
    }
}

public sealed class HardwareValueType : ObjectGraphType<HardwareValue>
{
    public HardwareValueType()
    {
        Name = "HardwareValue";
        Description = "Valeur du matériel reconditionné donné, d'après chaque fiche de reconditionnement. / Value of the donated refurbished hardware, from each refurbishment record.";
        Field(h => h.Euros).Description("Valeur totale en euros. / Total value in euros.");
        Field(h => h.Items).Description("Nombre d'articles. / Number of items.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ShipmentHardwareValueType>>>>("shipments")
            .WithComplexityImpact(1, MoneyComplexity.HardwareShipmentsPerYear).Resolve(c => c.Source.Shipments);
        this.FieldsGuardedByParent();
    }
}

public sealed class ShipmentHardwareValueType : ObjectGraphType<ShipmentHardwareValue>
{
    public ShipmentHardwareValueType()
    {
        Name = "ShipmentHardwareValue";
        Description = "Valeur du matériel d'un envoi. / One shipment's hardware value.";
        Field<NonNullGraphType<IdGraphType>>("shipmentId").Resolve(c => Shipments.ShipmentLookup.GlobalIdOf(c.Source.ShipmentKey));
        Field(s => s.Title).Description("Intitulé de l'envoi. / Shipment title.");
        Field<NonNullGraphType<DateOnlyGraphType>>("shippedOn").Resolve(c => c.Source.ShippedOn);
        Field(s => s.Items).Description("Articles. / Items.");
        Field(s => s.DeclaredItems).Description("Articles dont la fiche déclare une valeur ; les autres comptent à la valeur par défaut. / Items whose record declares a value; the others count at the default.");
        Field(s => s.Euros).Description("Valeur en euros. / Value in euros.");
        this.FieldsGuardedByParent();
    }
}
