namespace Cooperation.Grains.Uploads;

/// <summary>What an uploaded file belongs to.</summary>
public enum UploadTargetKind
{
    /// <summary>A shipped item the South agent checked (received, damaged, missing): a receipt photo.</summary>
    ShipmentItem,

    /// <summary>A progress report the North side writes: a report attachment.</summary>
    Report,

    /// <summary>
    /// A partnership's application to the fund, which the French authority (North side) drafts: a piece of the file
    /// (the signed convention, the council's délibération, a letter of intent), a PDF or a scan.
    /// </summary>
    FundApplication,

    /// <summary>A partnership's ledger for a year, which North staff keep: a transaction's document (an invoice, a transfer notice), a PDF or a scan.</summary>
    Ledger,
}

/// <summary>The item, report or application a file belongs to; it decides which side may upload it.</summary>
/// <param name="Key">The grain key of the shipment, report or application (same partnership as the upload).</param>
/// <param name="ItemId">The item within the shipment ("i7"); null otherwise.</param>
[GenerateSerializer, Immutable]
public sealed record UploadTarget(
    [property: Id(0)] UploadTargetKind Kind,
    [property: Id(1)] string Key,
    [property: Id(2)] string? ItemId);
