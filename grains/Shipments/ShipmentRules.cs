using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Shipments.Commands;

namespace Cooperation.Grains.Shipments;

/// <summary>
/// The input rules of a shipment and of its key, checked before anything changes so that a refusal leaves it as it was.
/// </summary>
/// <remarks>
/// A shipment's key is "{partnershipSlug}/s{12 hex}", the hex being the start of SHA-256("{slug}:{clientMutationId}")
/// of the action that prepares it: a repeated prepare lands on the same grain (idempotent), the key needs no counter,
/// and the grain refuses a prepare whose id does not hash to its own key, so no client can choose a key.
/// </remarks>
public static partial class ShipmentRules
{
    /// <summary>A residual value above this is a typing error: no machine the workshops refurbish is worth more.</summary>
    public const decimal MaxResidualValue = 10_000m;

    public const int MaxTitleLength = 160;
    public const int MaxBoxes = 200;
    public const int MaxItems = 1000;
    public const int MaxLabelLength = 120;
    public const int MaxSerialLength = 64;
    public const int MaxDestinationLength = 200;
    public const int MaxSystemLength = 100;
    public const int MaxTextLength = 1000;
    public const int MaxPhotoIdLength = 200;

    public static string KeyFor(string slug, string clientMutationId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{slug}:{clientMutationId}"));
        return $"{slug}/s{Convert.ToHexStringLower(hash)[..12]}";
    }

    /// <summary>True when <paramref name="key"/> can name a shipment; the API checks this before asking for a grain.</summary>
    public static bool IsValidKey(string? key) =>
        key is not null && key.Split('/') is [var slug, var local] && PartnershipRules.IsValidSlug(slug) && LocalIdPattern().IsMatch(local);

    /// <summary>The partnership slug of a valid key.</summary>
    public static string SlugOf(string key) =>
        IsValidKey(key) ? key[..key.IndexOf('/')] : throw ShipmentErrors.InvalidKey(key);

    /// <summary>Serial numbers are compared without case and surrounding spaces.</summary>
    public static string NormalizeSerial(string serialNumber) => serialNumber.Trim().ToUpperInvariant();

    public static bool IsValidSerial(string? serialNumber) =>
        serialNumber is not null && SerialPattern().IsMatch(serialNumber.Trim());

    public static string Title(string? title) => Text(title, MaxTitleLength, required: true,
        "L'intitulé de l'envoi", "The shipment title")!;

    public static string? Reason(string? reason) => Text(reason, MaxTextLength, required: false, "La raison", "The reason");

    public static string? Note(string? note) => Text(note, MaxTextLength, required: false, "La note", "The note");

    public static string? PhotoId(string? photoId)
    {
        var trimmed = photoId?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            return null;
        if (!PhotoIdPattern().IsMatch(trimmed))
            throw ShipmentErrors.Invalid(
                $"Référence de photo invalide (lettres, chiffres, . _ - : /, {MaxPhotoIdLength} caractères au plus).",
                $"Invalid photo reference (letters, digits, . _ - : /, at most {MaxPhotoIdLength} characters).");
        return trimmed;
    }

    /// <summary>Checks a packing list and numbers its boxes ("b1"…) and items ("i1"…) in packing order.</summary>
    public static (List<ShipmentBox> Boxes, List<ShipmentItem> Items) PackingList(IReadOnlyList<PackedBox>? boxes)
    {
        if (boxes is null || boxes.Count == 0)
            throw ShipmentErrors.Invalid("Un envoi compte au moins un carton.", "A shipment has at least one box.");
        if (boxes.Count > MaxBoxes)
            throw ShipmentErrors.Invalid($"Un envoi compte {MaxBoxes} cartons au plus ({boxes.Count}).", $"A shipment has at most {MaxBoxes} boxes ({boxes.Count}).");
        var total = boxes.Sum(b => b.Items?.Count ?? 0);
        if (total > MaxItems)
            throw ShipmentErrors.Invalid($"Un envoi compte {MaxItems} articles au plus ({total}).", $"A shipment has at most {MaxItems} items ({total}).");

        var resultBoxes = new List<ShipmentBox>();
        var items = new List<ShipmentItem>();
        var serials = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var b = 0; b < boxes.Count; b++)
        {
            var box = boxes[b];
            var boxId = $"b{b + 1}";
            var label = Text(box.Label, MaxLabelLength, required: false, "L'étiquette du carton", "The box label") ?? $"Carton {b + 1}";
            if (box.Items is null || box.Items.Count == 0)
                throw ShipmentErrors.Invalid($"Le carton « {label} » est vide.", $"Box '{label}' is empty.");
            resultBoxes.Add(new ShipmentBox(boxId, label));
            foreach (var item in box.Items)
            {
                var itemId = $"i{items.Count + 1}";
                if (!IsValidSerial(item.SerialNumber))
                    throw ShipmentErrors.Invalid(
                        $"Numéro de série invalide pour l'article {items.Count + 1} du carton « {label} » (lettres, chiffres, . _ - /, {MaxSerialLength} caractères au plus).",
                        $"Invalid serial number for item {items.Count + 1} of box '{label}' (letters, digits, . _ - /, at most {MaxSerialLength} characters).");
                var serial = item.SerialNumber.Trim();
                if (!serials.TryAdd(NormalizeSerial(serial), label))
                    throw ShipmentErrors.Invalid(
                        $"Le numéro de série « {serial} » figure deux fois dans l'envoi (cartons « {serials[NormalizeSerial(serial)]} » et « {label} »).",
                        $"Serial number '{serial}' appears twice in the shipment (boxes '{serials[NormalizeSerial(serial)]}' and '{label}').");
                if (!Enum.IsDefined(item.Kind) || item.Refurbishment is null || !Enum.IsDefined(item.Refurbishment.Grade))
                    throw ShipmentErrors.Invalid(
                        $"Type ou fiche de reconditionnement manquant pour « {serial} ».",
                        $"Kind or refurbishment record missing for '{serial}'.");
                if (item.Refurbishment.ResidualValue is < 0 or > MaxResidualValue || item.Refurbishment.ResidualValue is { } value && Math.Round(value, 2) != value)
                    throw new DomainException(DomainErrorCode.Validation,
                        $"La valeur résiduelle de « {serial} » se donne en euros, au centime, entre 0 et {MaxResidualValue} €.",
                        $"The residual value of '{serial}' is given in euros, to the cent, between 0 and {MaxResidualValue} €.",
                        item.Refurbishment.ResidualValue < 0 ? Money.LedgerErrors.NegativeAmount : null);
                var destination = Text(item.Destination, MaxDestinationLength, required: true,
                    $"Le site de destination de « {serial} »", $"The destination site of '{serial}'")!;
                var system = Text(item.Refurbishment.SystemInstalled, MaxSystemLength, required: false,
                    $"Le système installé sur « {serial} »", $"The system installed on '{serial}'");
                items.Add(new ShipmentItem(
                    itemId, boxId, item.Kind, serial, item.Refurbishment with { SystemInstalled = system }, destination,
                    Verdict: null, Disputes: [], Events: []));
            }
        }

        return (resultBoxes, items);
    }

    private static string? Text(string? value, int maxLength, bool required, string whatFr, string whatEn)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
            return required
                ? throw ShipmentErrors.Invalid($"{whatFr} est obligatoire.", $"{whatEn} is required.")
                : null;
        if (trimmed.Length > maxLength)
            throw ShipmentErrors.Invalid(
                $"{whatFr} dépasse {maxLength} caractères ({trimmed.Length}).",
                $"{whatEn} is longer than {maxLength} characters ({trimmed.Length}).");
        return trimmed;
    }

    [GeneratedRegex("^s[0-9a-f]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex LocalIdPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._/ -]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex SerialPattern();

    [GeneratedRegex("^[A-Za-z0-9._:/-]{1,200}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoIdPattern();
}
