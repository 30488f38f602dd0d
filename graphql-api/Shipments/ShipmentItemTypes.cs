using Cooperation.Grains.Shipments;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Relay;

namespace Cooperation.GraphQL.Shipments;

/// <summary>A box with its items, as a shipment shows it.</summary>
public sealed record ShipmentBoxView(ShipmentBox Box, IReadOnlyList<ShipmentItem> Items);

/// <summary>A box of a shipment.</summary>
public sealed class ShipmentBoxType : ObjectGraphType<ShipmentBoxView>
{
    public ShipmentBoxType()
    {
        Name = "ShipmentBox";
        Description = "Carton d'un envoi et ses articles. / A shipment's box and its items.";
        Field<NonNullGraphType<StringGraphType>>("id").Description("Identifiant dans l'envoi (« b1 »). / Id within the shipment ('b1').").Resolve(c => c.Source.Box.Id);
        Field<NonNullGraphType<StringGraphType>>("label").Description("Étiquette. / Label.").Resolve(c => c.Source.Box.Label);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ShipmentItemType>>>>("items")
            .WithComplexityImpact(1, ShipmentComplexity.ItemsPerBox).Resolve(c => c.Source.Items);
        this.FieldsGuardedByParent();
    }
}

/// <summary>One line of a packing list.</summary>
public sealed class ShipmentItemType : ObjectGraphType<ShipmentItem>
{
    public ShipmentItemType()
    {
        Name = "ShipmentItem";
        Description = "Article de la liste de colisage, avec le verdict du Sud et sa vie sur site. / Packing-list item, with the South's verdict and its life on site.";
        Field(i => i.Id).Description("Identifiant dans l'envoi (« i7 »). / Id within the shipment ('i7').");
        Field(i => i.BoxId).Description("Carton qui le contient. / Box it travels in.");
        Field<NonNullGraphType<ShipmentItemKindType>>("kind").Resolve(c => c.Source.Kind);
        Field(i => i.SerialNumber).Description("Numéro de série, unique dans l'envoi. / Serial number, unique within the shipment.");
        Field<NonNullGraphType<RefurbishmentType>>("refurbishment").Resolve(c => c.Source.Refurbishment);
        Field(i => i.Destination).Description("École ou mairie de destination. / Destination school or town hall.");
        Field<ItemVerdictType>("verdict").Description("Premier verdict, qui tient ; null tant que l'article n'est pas pointé. / First verdict, which stands; null until checked.").Resolve(c => c.Source.Verdict);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemVerdictType>>>>("disputes")
            .Description("Verdicts ultérieurs différents, visibles des deux côtés. / Later, different verdicts, seen by both sides.")
            .WithComplexityImpact(1, ShipmentComplexity.DisputesPerItem).Resolve(c => c.Source.Disputes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ShipmentItemEventType>>>>("events")
            .Description("Vie après réception, du plus ancien au plus récent. / Life after receipt, oldest first.")
            .WithComplexityImpact(1, ShipmentComplexity.EventsPerItem).Resolve(c => c.Source.Events);
        this.FieldsGuardedByParent();
    }
}

/// <summary>The refurbishment record of an item.</summary>
public sealed class RefurbishmentType : ObjectGraphType<Refurbishment>
{
    public RefurbishmentType()
    {
        Name = "Refurbishment";
        Description = "Fiche de reconditionnement. / Refurbishment record.";
        Field(r => r.DataWiped).Description("Données effacées. / Data wiped.");
        Field(r => r.SystemInstalled, nullable: true).Description("Système installé. / System installed.");
        Field(r => r.Tested).Description("Testé. / Tested.");
        Field<NonNullGraphType<RefurbishmentGradeType>>("grade").Resolve(c => c.Source.Grade);
        Field(r => r.ResidualValue, nullable: true).Description("Valeur résiduelle déclarée, en euros. / Declared residual value in euros.");
        this.FieldsGuardedByParent();
    }
}

/// <summary>One agent's verdict on one item.</summary>
public sealed class ItemVerdictType : ObjectGraphType<ItemVerdict>
{
    public ItemVerdictType()
    {
        Name = "ItemVerdict";
        Description = "Verdict d'un agent sur un article : quoi, pourquoi, qui, quand. / An agent's verdict on an item: what, why, who, when.";
        Field<NonNullGraphType<ReceiptVerdictType>>("verdict").Resolve(c => c.Source.Verdict);
        Field(v => v.Reason, nullable: true).Description("Raison (obligatoire si abîmé ou manquant). / Reason (required when damaged or missing).");
        Field(v => v.PhotoId, nullable: true).Description("Référence de la photo jointe. / Attached photo reference.");
        Field<NonNullGraphType<StringGraphType>>("by").Description("Qui. / Who.").Resolve(c => c.Source.By.DisplayName);
        Field(v => v.At).Description("Quand (UTC). / When (UTC).");
        Field<StringGraphType>("clientMutationId")
            .Description("Identifiant client de l'action, pour l'agent qui l'a donné ; nul pour les autres. / Client id of the action, for the agent who gave it; null for others.")
            .Resolve(c => c.Viewer().MadeIt(c.Source.By) ? c.Source.ClientMutationId : null);
        this.FieldsGuardedByParent();
    }
}

/// <summary>A fact of an item's life after receipt.</summary>
public sealed class ShipmentItemEventType : ObjectGraphType<ItemEvent>
{
    public ShipmentItemEventType()
    {
        Name = "ShipmentItemEvent";
        Description = "Fait de la vie d'un matériel après réception. / A fact of an item's life after receipt.";
        Field<NonNullGraphType<ShipmentItemEventKindType>>("kind").Resolve(c => c.Source.Kind);
        Field(e => e.Note, nullable: true).Description("Note. / Note.");
        Field<NonNullGraphType<StringGraphType>>("by").Description("Qui. / Who.").Resolve(c => c.Source.By.DisplayName);
        Field(e => e.At).Description("Quand (UTC). / When (UTC).");
        Field<IdGraphType>("missionId").Description("Mission de terrain qui l'a constaté. / Field mission that saw it.")
            .Resolve(c => c.Source.MissionKey is { } key ? Missions.MissionLookup.GlobalIdOf(key) : null);
        Field<StringGraphType>("clientMutationId")
            .Description("Identifiant client de l'action, pour qui l'a consigné ; nul pour les autres. / Client id of the action, for whoever recorded it; null for others.")
            .Resolve(c => c.Viewer().MadeIt(c.Source.By) ? c.Source.ClientMutationId : null);
        this.FieldsGuardedByParent();
    }
}

/// <summary>A status a shipment reached.</summary>
public sealed class ShipmentStatusChangeType : ObjectGraphType<StatusChange>
{
    public ShipmentStatusChangeType()
    {
        Name = "ShipmentStatusChange";
        Description = "Étape atteinte par un envoi : quand et par qui. / A step a shipment reached: when and by whom.";
        Field<NonNullGraphType<ShipmentStatusType>>("status").Resolve(c => c.Source.Status);
        Field(s => s.At).Description("Quand (UTC). / When (UTC).");
        Field<NonNullGraphType<StringGraphType>>("by").Description("Qui. / Who.").Resolve(c => c.Source.By.DisplayName);
        this.FieldsGuardedByParent();
    }
}

/// <summary>How one verdict landed, told to the person who sent it.</summary>
public sealed class ItemOutcomeType : ObjectGraphType<ItemOutcome>
{
    public ItemOutcomeType()
    {
        Name = "ItemOutcome";
        Description = "Effet d'un verdict sur un article, expliqué. / Effect of a verdict on an item, explained.";
        Field(o => o.ItemId).Description("Article. / Item.");
        Field<NonNullGraphType<ConfirmationOutcomeType>>("outcome").Resolve(c => c.Source.Outcome);
        Field<NonNullGraphType<StringGraphType>>("message").Description("Explication « français / English ». / Explanation 'French / English'.")
            .Resolve(c => $"{c.Source.MessageFr} / {c.Source.MessageEn}");
        this.FieldsGuardedByParent();
    }
}

/// <summary>The whole life of a serial number in a partnership: the shipments that carried it, whose steps <c>events</c> reads by page.</summary>
public sealed record SerialNumberHistory(string SerialNumber, IReadOnlyList<string> ShipmentKeys);

/// <summary>The whole life of a serial number in a partnership.</summary>
public sealed class SerialNumberHistoryType : ObjectGraphType<SerialNumberHistory>
{
    public SerialNumberHistoryType()
    {
        Name = "SerialNumberHistory";
        Description = "Vie d'un numéro de série : emballé, expédié, reçu, installé, vu en marche… / A serial number's life: packed, shipped, received, installed, seen working…";
        Field(h => h.SerialNumber).Description("Numéro de série demandé. / Serial number asked for.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("shipmentIds")
            .Description("Envois qui l'ont porté, du plus ancien au plus récent. / Shipments that carried it, oldest first.")
            .WithComplexityImpact(1, ShipmentComplexity.ShipmentsPerSerial)
            .Resolve(c => c.Source.ShipmentKeys.Select(ShipmentLookup.GlobalIdOf));
        Field<NonNullGraphType<SerialNumberEventConnectionType>>("events")
            .Description($"Étapes, de la plus récente à la plus ancienne, par pages (au plus {HistoryPageRequest.MaxFirst}). / Steps, newest first, a page at a time (at most {HistoryPageRequest.MaxFirst}).")
            .PageArguments("étapes", "steps")
            .WithComplexityImpact(1, ShipmentComplexity.Steps)
            .ResolveAsync(async c => await SerialEventPages.ReadAsync(
                c.Grains(), c.Actor(), c.Source, c.GetArgument("first", HistoryPageRequest.DefaultFirst), c.GetArgument<string?>("after")));
        this.FieldsGuardedByParent();
    }
}

/// <summary>A page of a serial number's steps, newest first, as a Relay connection with a <c>nodes</c> shortcut.</summary>
public sealed class SerialNumberEventConnectionType : NodesConnectionType<SerialNumberEventType, ItemLifeEvent>
{
    public SerialNumberEventConnectionType()
        : base("SerialNumberEventConnection", "Les étapes de la page. / The steps of the page.") =>
        Description = "Étapes d'un numéro de série, de la plus récente à la plus ancienne. / A serial number's steps, newest first.";
}

/// <summary>One step of a serial number's life.</summary>
public sealed class SerialNumberEventType : ObjectGraphType<ItemLifeEvent>
{
    public SerialNumberEventType()
    {
        Name = "SerialNumberEvent";
        Description = "Étape de la vie d'un numéro de série. / Step of a serial number's life.";
        Field(e => e.At).Description("Quand (UTC). / When (UTC).");
        Field<NonNullGraphType<SerialNumberEventKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("by").Description("Qui. / Who.").Resolve(c => c.Source.By.DisplayName);
        Field<NonNullGraphType<IdGraphType>>("shipmentId").Resolve(c => ShipmentLookup.GlobalIdOf(c.Source.ShipmentKey));
        Field(e => e.ShipmentTitle).Description("Intitulé de l'envoi. / Shipment title.");
        Field(e => e.ItemId).Description("Article dans l'envoi. / Item within the shipment.");
        Field<ReceiptVerdictType>("verdict").Description("Verdict donné (pointage, contestation). / Verdict given (check, dispute).").Resolve(c => c.Source.Verdict);
        Field(e => e.Detail, nullable: true).Description("Raison ou note. / Reason or note.");
        Field(e => e.PhotoId, nullable: true).Description("Photo jointe. / Attached photo.");
        Field<IdGraphType>("missionId").Description("Mission de terrain qui l'a constaté. / Field mission that saw it.")
            .Resolve(c => c.Source.MissionKey is { } key ? Missions.MissionLookup.GlobalIdOf(key) : null);
        this.FieldsGuardedByParent();
    }
}
