namespace Cooperation.Grains.Shipments;

/// <summary>
/// La fiche de reconditionnement of one machine: what the workshop did before it was packed, and what it is worth.
/// </summary>
/// <param name="SystemInstalled">The system put on it (e.g. "Linux Mint 22 Xfce", "PrimTux 8"), or null when none.</param>
/// <param name="ResidualValue">
/// The residual value in euros the workshop declared on the record (valeur résiduelle), or null when it declared none:
/// the item then counts at <see cref="DefaultValue"/> for its kind and grade.
/// </param>
[GenerateSerializer, Immutable]
public sealed record Refurbishment(
    [property: Id(0)] bool DataWiped,
    [property: Id(1)] string? SystemInstalled,
    [property: Id(2)] bool Tested,
    [property: Id(3)] RefurbishmentGrade Grade,
    [property: Id(4)] decimal? ResidualValue = null)
{
    /// <summary>The item's value in euros, for the partnership's ledger and its publication: declared, or the default.</summary>
    public decimal EuroValue(ItemKind kind) => ResidualValue ?? DefaultValue(kind, Grade);

    /// <summary>
    /// What a refurbished machine of that kind and grade is worth when its record declares nothing: the price a school
    /// would pay for the same machine refurbished in France (grade A), less a quarter for grade B and half for grade C.
    /// These are estimates of the platform, not figures of a seed document or of a workshop.
    /// </summary>
    public static decimal DefaultValue(ItemKind kind, RefurbishmentGrade grade)
    {
        var gradeA = kind switch
        {
            ItemKind.Desktop => 160m,
            ItemKind.Laptop => 240m,
            ItemKind.Screen => 50m,
            ItemKind.Server => 400m,
            ItemKind.Printer => 80m,
            ItemKind.WifiTerminal => 40m,
            _ => 40m,
        };
        return grade switch
        {
            RefurbishmentGrade.A => gradeA,
            RefurbishmentGrade.B => gradeA * 0.75m,
            _ => gradeA * 0.5m,
        };
    }
}
