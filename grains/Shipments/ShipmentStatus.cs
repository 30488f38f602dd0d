namespace Cooperation.Grains.Shipments;

/// <summary>
/// Where an envoi stands. The North moves it up to <see cref="Arrived"/>; receiving moves it to <see cref="BeingReceived"/>
/// and <see cref="Received"/>; the North closes it with <see cref="Reconciled"/>.
/// </summary>
public enum ShipmentStatus
{
    /// <summary>Préparé: the packing list is drawn up.</summary>
    Prepared,

    /// <summary>Expédié: the boxes have left.</summary>
    Shipped,

    /// <summary>En transit: on the way (sea freight, customs).</summary>
    InTransit,

    /// <summary>Arrivé: at its destination, not yet checked.</summary>
    Arrived,

    /// <summary>En cours de réception: some items have a verdict, others not yet.</summary>
    BeingReceived,

    /// <summary>Reçu: every item has a verdict.</summary>
    Received,

    /// <summary>Rapproché: the North has gone through the receiver's verdicts.</summary>
    Reconciled,
}
