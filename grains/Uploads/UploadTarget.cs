namespace Cooperation.Grains.Uploads;

/// <summary>What a photo belongs to.</summary>
public enum UploadTargetKind
{
    /// <summary>A shipped item the South agent checked (received, damaged, missing): a receipt photo.</summary>
    ShipmentItem,

    /// <summary>A progress report the North side writes: a report attachment.</summary>
    Report,
}

/// <summary>The item or report a photo belongs to; it decides which side may upload it.</summary>
/// <param name="Key">The grain key of the shipment or report (same partnership as the upload).</param>
/// <param name="ItemId">The item within the shipment ("i7"); null for a report.</param>
[GenerateSerializer, Immutable]
public sealed record UploadTarget(
    [property: Id(0)] UploadTargetKind Kind,
    [property: Id(1)] string Key,
    [property: Id(2)] string? ItemId);
