namespace Cooperation.Grains.Partnerships;

/// <summary>
/// Which members may take an action on what hangs off a partnership (a shipment, a report, a mission, a photo):
/// administrators may always.
/// </summary>
public enum ActingSide
{
    /// <summary>North staff: they prepare shipments, plan missions, write reports.</summary>
    North,

    /// <summary>South agents: they receive shipments, acknowledge reports, comment on missions.</summary>
    South,

    /// <summary>A member of either side, not a third partner: e.g. recording an item's life on site.</summary>
    EitherSide,
}
