namespace Cooperation.GraphQL.Shipments;

/// <summary>Draw up a packing list.</summary>
public sealed class PrepareShipmentInputType : InputObjectGraphType<PrepareShipmentInput>
{
    public PrepareShipmentInputType()
    {
        Name = "PrepareShipmentInput";
        Description = "Préparer un envoi : la liste de colisage (Nord). / Prepare a shipment: the packing list (North).";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId")
            .Description("Identifiant choisi par le client ; il fixe aussi l'identifiant de l'envoi, si bien qu'un renvoi ne crée rien de plus. / Client-chosen id; it also fixes the shipment's id, so a resend creates nothing more.");
        Field<NonNullGraphType<IdGraphType>>("partnershipId").Description("Partenariat (identifiant global ou lisible). / Partnership (global or readable id).");
        Field<NonNullGraphType<StringGraphType>>("title").Description("Intitulé, 160 caractères au plus. / Title, at most 160 characters.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PackedBoxInputType>>>>("boxes");
    }
}

public sealed class PackedBoxInputType : InputObjectGraphType<PackedBoxInput>
{
    public PackedBoxInputType()
    {
        Name = "PackedBoxInput";
        Description = "Un carton de la liste de colisage. / A box of the packing list.";
        Field<StringGraphType>("label").Description("Étiquette (« Carton 3 — École de Ngor »). / Label.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PackedItemInputType>>>>("items");
    }
}

public sealed class PackedItemInputType : InputObjectGraphType<PackedItemInput>
{
    public PackedItemInputType()
    {
        Name = "PackedItemInput";
        Description = "Un article de la liste de colisage. / An item of the packing list.";
        Field<NonNullGraphType<ShipmentItemKindType>>("kind");
        Field<NonNullGraphType<StringGraphType>>("serialNumber").Description("Unique dans l'envoi. / Unique within the shipment.");
        Field<NonNullGraphType<StringGraphType>>("destination").Description("École ou mairie de destination. / Destination school or town hall.");
        Field<NonNullGraphType<RefurbishmentInputType>>("refurbishment");
    }
}

public sealed class RefurbishmentInputType : InputObjectGraphType<RefurbishmentInput>
{
    public RefurbishmentInputType()
    {
        Name = "RefurbishmentInput";
        Description = "Fiche de reconditionnement. / Refurbishment record.";
        Field<NonNullGraphType<BooleanGraphType>>("dataWiped");
        Field<StringGraphType>("systemInstalled");
        Field<NonNullGraphType<BooleanGraphType>>("tested");
        Field<NonNullGraphType<RefurbishmentGradeType>>("grade");
        Field<DecimalGraphType>("residualValue").Description("Valeur résiduelle déclarée, en euros ; sinon la valeur par défaut du type et du grade. / Declared residual value in euros; otherwise the default for the kind and grade.");
    }
}

/// <summary>Fields shared by the inputs that act on an existing shipment.</summary>
public abstract class ShipmentChangeInputType<TInput> : InputObjectGraphType<TInput>
    where TInput : ShipmentChangeInput
{
    protected ShipmentChangeInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<StringGraphType>>("clientMutationId")
            .Description("Identifiant choisi par le client ; le renvoyer ne change rien. / Client-chosen id; sending it again changes nothing.");
        Field<NonNullGraphType<IdGraphType>>("shipmentId").Description("Identifiant global de l'envoi. / Shipment global id.");
    }
}

public sealed class AdvanceShipmentInputType : ShipmentChangeInputType<AdvanceShipmentInput>
{
    public AdvanceShipmentInputType() : base("AdvanceShipmentInput", "Marquer l'envoi expédié, en transit ou arrivé (Nord). / Mark the shipment shipped, in transit or arrived (North).")
    {
        Field<NonNullGraphType<ShipmentStatusType>>("status").Description("SHIPPED, IN_TRANSIT ou ARRIVED. / SHIPPED, IN_TRANSIT or ARRIVED.");
    }
}

public sealed class ReceiveShipmentInputType : ShipmentChangeInputType<ReceiveShipmentInput>
{
    public ReceiveShipmentInputType() : base("ReceiveShipmentInput", "« Tout reçu » : chaque article non encore pointé est reçu (Sud). / 'All received': every item not yet checked is received (South).")
    {
        Field<StringGraphType>("photoId").Description("Photo de l'ensemble, facultative. / Optional photo of the whole.");
    }
}

public sealed class ConfirmShipmentItemsInputType : ShipmentChangeInputType<ConfirmShipmentItemsInput>
{
    public ConfirmShipmentItemsInputType() : base("ConfirmShipmentItemsInput", "Pointer des articles ou des cartons entiers (Sud). / Check items or whole boxes (South).")
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemVerdictInputType>>>>("verdicts");
    }
}

public sealed class ItemVerdictInputType : InputObjectGraphType<ItemVerdictInput>
{
    public ItemVerdictInputType()
    {
        Name = "ItemVerdictInput";
        Description = "Un verdict, sur un article (itemId) ou sur tout un carton (boxId) ; un verdict d'article l'emporte sur celui de son carton. / A verdict on an item (itemId) or a whole box (boxId); an item verdict wins over its box's.";
        Field<StringGraphType>("itemId").Description("Article (« i7 »). / Item ('i7').");
        Field<StringGraphType>("boxId").Description("Carton (« b2 »). / Box ('b2').");
        Field<NonNullGraphType<ReceiptVerdictType>>("verdict");
        Field<StringGraphType>("reason").Description("Obligatoire si abîmé ou manquant. / Required when damaged or missing.");
        Field<StringGraphType>("photoId").Description("Référence d'une photo envoyée. / Reference of an uploaded photo.");
    }
}

public sealed class ReconcileShipmentInputType : ShipmentChangeInputType<ReconcileShipmentInput>
{
    public ReconcileShipmentInputType() : base("ReconcileShipmentInput", "Rapprocher l'envoi reçu (Nord). / Reconcile the received shipment (North).")
    {
        Field<StringGraphType>("note");
    }
}

public sealed class RecordItemEventInputType : ShipmentChangeInputType<RecordItemEventInput>
{
    public RecordItemEventInputType() : base("RecordItemEventInput", "Consigner la vie d'un matériel reçu (Nord ou Sud). / Record a received item's life (North or South).")
    {
        Field<NonNullGraphType<StringGraphType>>("itemId");
        Field<NonNullGraphType<ShipmentItemEventKindType>>("event");
        Field<StringGraphType>("note");
        Field<IdGraphType>("missionId").Description("Mission de terrain qui l'a constaté (identifiant global). / Field mission that saw it (global id).");
    }
}
