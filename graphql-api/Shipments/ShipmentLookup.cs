using Cooperation.Grains.Shipments;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Relay;

namespace Cooperation.GraphQL.Shipments;

/// <summary>Turns client-supplied shipment ids into grain keys, refusing malformed ones before any grain is activated.</summary>
public static class ShipmentLookup
{
    public const string TypeName = "Shipment";

    private static readonly NodeKeys Ids = new(TypeName, ShipmentRules.IsValidKey, "un identifiant d'envoi", "a shipment id");

    public static string GlobalIdOf(string key) => Ids.GlobalIdOf(key);

    /// <summary>The grain key of a shipment's global id.</summary>
    public static string Key(string id) => Ids.Key(id);

    /// <summary>A serial number as typed by a client, refused when it cannot be one.</summary>
    public static string SerialNumber(string serialNumber) =>
        ShipmentRules.IsValidSerial(serialNumber)
            ? serialNumber.Trim()
            : throw ApiErrors.Validation(
                $"« {serialNumber} » n'est pas un numéro de série (lettres, chiffres, . _ - /, {ShipmentRules.MaxSerialLength} caractères au plus).",
                $"'{serialNumber}' is not a serial number (letters, digits, . _ - /, at most {ShipmentRules.MaxSerialLength} characters).");
}
