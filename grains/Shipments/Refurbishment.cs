namespace Cooperation.Grains.Shipments;

/// <summary>
/// La fiche de reconditionnement of one machine: what the workshop did before it was packed.
/// </summary>
/// <param name="SystemInstalled">The system put on it (e.g. "Linux Mint 22 Xfce", "PrimTux 8"), or null when none.</param>
[GenerateSerializer, Immutable]
public sealed record Refurbishment(
    [property: Id(0)] bool DataWiped,
    [property: Id(1)] string? SystemInstalled,
    [property: Id(2)] bool Tested,
    [property: Id(3)] RefurbishmentGrade Grade);
