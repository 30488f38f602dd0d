using Cooperation.Grains.Shipments;

namespace Cooperation.GraphQL.Shipments;

/// <summary>Where a shipment stands.</summary>
public sealed class ShipmentStatusType : EnumerationGraphType<ShipmentStatus>
{
    public ShipmentStatusType()
    {
        Name = "ShipmentStatus";
        Description = "État d'un envoi : préparé, expédié, en transit, arrivé, en cours de réception, reçu, rapproché. / Shipment status: prepared, shipped, in transit, arrived, being received, received, reconciled.";
    }
}

/// <summary>What a shipped item is.</summary>
public sealed class ShipmentItemKindType : EnumerationGraphType<ItemKind>
{
    public ShipmentItemKindType()
    {
        Name = "ShipmentItemKind";
        Description = "Nature du matériel : ordinateur de bureau, portable, écran, serveur, imprimante, borne Wi-Fi, autre. / Hardware kind: desktop, laptop, screen, server, printer, Wi-Fi terminal, other.";
    }
}

/// <summary>The workshop's grade.</summary>
public sealed class RefurbishmentGradeType : EnumerationGraphType<RefurbishmentGrade>
{
    public RefurbishmentGradeType()
    {
        Name = "RefurbishmentGrade";
        Description = "Grade de reconditionnement : A comme neuf, B traces d'usage, C usure visible. / Refurbishment grade: A as new, B light wear, C visible wear.";
    }
}

/// <summary>A receiver's verdict on an item.</summary>
public sealed class ReceiptVerdictType : EnumerationGraphType<ReceiptVerdict>
{
    public ReceiptVerdictType()
    {
        Name = "ReceiptVerdict";
        Description = "Verdict de réception : reçu, abîmé (raison obligatoire), manquant (raison obligatoire). / Receipt verdict: received, damaged (reason required), missing (reason required).";
    }
}

/// <summary>What happened to an item after its receipt.</summary>
public sealed class ShipmentItemEventKindType : EnumerationGraphType<ItemEventKind>
{
    public ShipmentItemEventKindType()
    {
        Name = "ShipmentItemEventKind";
        Description = "Vie du matériel après réception : installé, vu en marche, vu en panne. / Item life after receipt: installed, seen working, seen broken.";
    }
}

/// <summary>A step of a serial number's life.</summary>
public sealed class SerialNumberEventKindType : EnumerationGraphType<ItemLifeEventKind>
{
    public SerialNumberEventKindType()
    {
        Name = "SerialNumberEventKind";
        Description = "Étape de la vie d'un numéro de série, de l'emballage à l'école. / Step of a serial number's life, from packing to the school.";
    }
}

/// <summary>How a verdict landed.</summary>
public sealed class ConfirmationOutcomeType : EnumerationGraphType<ConfirmationOutcome>
{
    public ConfirmationOutcomeType()
    {
        Name = "ConfirmationOutcome";
        Description = "Effet d'un verdict : enregistré, inchangé (déjà le même), contesté (un autre verdict tient). / Effect of a verdict: recorded, unchanged (already the same), disputed (another verdict stands).";
    }
}
