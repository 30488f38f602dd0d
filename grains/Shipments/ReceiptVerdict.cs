namespace Cooperation.Grains.Shipments;

/// <summary>What the receiving agent says of one shipped item.</summary>
public enum ReceiptVerdict
{
    /// <summary>Reçu: there and in order.</summary>
    Received,

    /// <summary>Abîmé: there but damaged; a reason is required.</summary>
    Damaged,

    /// <summary>Manquant: not in the boxes; a reason is required.</summary>
    Missing,
}
