using System.Globalization;

namespace Cooperation.Grains.Shipments;

/// <summary>Dates as the shipment's messages write them, in each language (UTC: the reader's zone is the client's business).</summary>
public static class ShipmentWords
{
    private static readonly CultureInfo FrenchCulture = CultureInfo.GetCultureInfo("fr-FR");

    public static string French(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy 'à' HH:mm 'UTC'", FrenchCulture);

    public static string English(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
