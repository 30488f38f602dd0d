namespace Cooperation.Grains.Shipments;

/// <summary>What happened to an item after its receipt.</summary>
public enum ItemEventKind
{
    /// <summary>Installé sur son site (school, town hall).</summary>
    Installed,

    /// <summary>Vu en état de marche (e.g. during a mission).</summary>
    SeenWorking,

    /// <summary>Vu en panne.</summary>
    SeenBroken,
}
