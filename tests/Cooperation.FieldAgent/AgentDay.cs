using System.Text.Json.Nodes;

namespace Cooperation.FieldAgent;

/// <summary>
/// A South agent's day of receiving (DESIGN §5, B6), the same on every run: thirty items of a shipment ticked one action
/// each — most received, three damaged and three missing with their reasons — and five photos of about 80 KB, the
/// size the phone shrinks them to, each cited by its item's verdict.
/// </summary>
public sealed class AgentDay
{
    /// <summary>The size of a photo after the phone shrank it to JPEG.</summary>
    public const int PhotoSize = 80_000;

    /// <summary>
    /// The same photo in WebP at the same visual quality, where the browser encodes WebP: a quarter smaller, the low end
    /// of the 25–34 % Google measured at equal SSIM ("WebP Compression Study"); the web client's target is cut alike.
    /// </summary>
    public const int WebPPhotoSize = PhotoSize * 3 / 4;

    private AgentDay(IReadOnlyList<(string, JsonObject)> confirmations, IReadOnlyList<PendingPhoto> photos, IReadOnlyList<(string, string, string?, string?)> verdicts)
    {
        Confirmations = confirmations;
        Photos = photos;
        Verdicts = verdicts;
    }

    /// <summary>The thirty sync actions, in the order ticked: (mutation, input).</summary>
    public IReadOnlyList<(string Mutation, JsonObject Input)> Confirmations { get; }

    /// <summary>The five photos.</summary>
    public IReadOnlyList<PendingPhoto> Photos { get; }

    /// <summary>What each ticked item must end up with: (item, verdict, reason, photo).</summary>
    public IReadOnlyList<(string ItemId, string Verdict, string? Reason, string? PhotoId)> Verdicts { get; }

    /// <summary>The day on shipment <paramref name="shipmentId"/> (items i1…i30); photo bytes drawn from <paramref name="seed"/>.</summary>
    /// <param name="webP">Photos as a browser that encodes WebP sends them, else JPEG.</param>
    public static AgentDay Plan(string shipmentId, int seed = 1, bool webP = false)
    {
        var random = new Random(seed);
        var confirmations = new List<(string, JsonObject)>();
        var photos = new List<PendingPhoto>();
        var verdicts = new List<(string, string, string?, string?)>();
        for (var n = 1; n <= 30; n++)
        {
            var itemId = $"i{n}";
            var (verdict, reason) = n switch
            {
                25 => ("DAMAGED", "Écran fêlé à l'ouverture du carton / Screen cracked when the box was opened"),
                26 => ("DAMAGED", "Boîtier enfoncé, ne démarre pas / Case dented, does not start"),
                27 => ("DAMAGED", "Clavier manquant de touches / Keyboard missing keys"),
                28 or 29 or 30 => ("MISSING", "Absent du carton à l'arrivée / Not in the box on arrival"),
                _ => ("RECEIVED", (string?)null),
            };
            // The damaged items, and the first two received in the Yoff school's room, are photographed.
            string? photoId = null;
            if (n is 1 or 2 or 25 or 26 or 27)
            {
                photoId = $"photo-autumn-{itemId}";
                photos.Add(webP
                    ? new PendingPhoto(photoId, "image/webp", WebP(random, WebPPhotoSize), shipmentId, itemId)
                    : new PendingPhoto(photoId, "image/jpeg", Jpeg(random, PhotoSize), shipmentId, itemId));
            }
            confirmations.Add(("confirmShipmentItems", Confirmation($"confirm-{itemId}", shipmentId, itemId, verdict, reason, photoId)));
            verdicts.Add((itemId, verdict, reason, photoId));
        }
        return new AgentDay(confirmations, photos, verdicts);
    }

    /// <summary>A <c>ConfirmShipmentItemsInput</c> with one verdict line.</summary>
    public static JsonObject Confirmation(string clientMutationId, string shipmentId, string itemId, string verdict, string? reason = null, string? photoId = null)
    {
        var line = new JsonObject { ["itemId"] = itemId, ["verdict"] = verdict };
        if (reason is not null)
            line["reason"] = reason;
        if (photoId is not null)
            line["photoId"] = photoId;
        return new JsonObject { ["clientMutationId"] = clientMutationId, ["shipmentId"] = shipmentId, ["verdicts"] = new JsonArray(line) };
    }

    /// <summary>
    /// Bytes the server takes for a JPEG: the JFIF start (FF D8 FF E0), noise standing for the compressed picture (it
    /// does not compress further, like a real one), and the end marker FF D9.
    /// </summary>
    public static byte[] Jpeg(Random random, int size)
    {
        var bytes = new byte[size];
        random.NextBytes(bytes);
        new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }.CopyTo(bytes, 0);
        (bytes[^2], bytes[^1]) = (0xFF, 0xD9);
        return bytes;
    }

    /// <summary>Bytes the server takes for a WebP: the RIFF header with its length and "WEBP", then noise.</summary>
    public static byte[] WebP(Random random, int size)
    {
        var bytes = new byte[size];
        random.NextBytes(bytes);
        "RIFF"u8.CopyTo(bytes);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), size - 8);
        "WEBPVP8 "u8.CopyTo(bytes.AsSpan(8));
        return bytes;
    }

    /// <summary>
    /// The North staff member behind <paramref name="north"/> marks the seeded autumn shipment arrived (one sync with one
    /// action); returns the shipment's id, found by its title in the first sync.
    /// </summary>
    public static async Task<string> AutumnShipmentArrivedAsync(FieldAgentClient north, string partnershipId, CancellationToken cancellationToken = default)
    {
        var first = await north.SyncAsync(partnershipId, cancellationToken);
        var shipment = first.Changes["shipmentChanges"]!.AsArray()
            .Single(c => c!["title"]!.GetValue<string>().StartsWith("Envoi d'automne 2026", StringComparison.Ordinal))!["shipment"]!["id"]!.GetValue<string>();
        north.Queue("advanceShipment", new JsonObject { ["clientMutationId"] = $"arrived-{shipment}", ["shipmentId"] = shipment, ["status"] = "ARRIVED" });
        var arrived = await north.SyncAsync(partnershipId, cancellationToken);
        if (arrived.Acknowledged != 1)
            throw new FieldAgentException($"The shipment was not marked arrived: {arrived.Results.ToJsonString()}");
        return shipment;
    }
}
