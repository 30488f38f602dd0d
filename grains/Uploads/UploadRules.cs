using System.Text.RegularExpressions;
using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Reports;
using Cooperation.Grains.Shipments;

namespace Cooperation.Grains.Uploads;

/// <summary>The limits of a photo upload and the rules of its key, checked before anything changes.</summary>
/// <remarks>
/// The upload id is chosen by the client, so an agent offline for hours can confirm an item with a photo id first
/// (a small text action) and send the photo when the link allows; the key is "{partnershipSlug}/{uploadId}".
/// </remarks>
public static partial class UploadRules
{
    /// <summary>32 KB: on EDGE one block is about a second, so a dropped connection costs at most one block (DESIGN §4 rule 5).</summary>
    public const int BlockSize = 32 * 1024;

    /// <summary>1 MiB: photos are shrunk to about 80 KB on the phone; anything far bigger was not shrunk.</summary>
    public const long MaxSize = 1024 * 1024;

    /// <summary>
    /// 8 MiB: a piece of an application is a signed document, scanned or exported to PDF at an office, and is not
    /// shrunk; a scanned délibération of a few pages weighs one to a few MiB.
    /// </summary>
    public const long MaxPieceSize = 8 * 1024 * 1024;

    /// <summary>Azure drops uncommitted blocks after a week; the upload says so at the same moment.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public static readonly IReadOnlyList<string> ContentTypes = ["image/jpeg", "image/png", "image/webp"];

    /// <summary>An application's pieces: a PDF, or a scan as a picture.</summary>
    public static readonly IReadOnlyList<string> PieceContentTypes = ["application/pdf", .. ContentTypes];

    public static string KeyFor(string slug, string uploadId) => $"{slug}/{uploadId}";

    public static bool IsValidUploadId(string? uploadId) => uploadId is not null && UploadIdPattern().IsMatch(uploadId);

    /// <summary>True when <paramref name="key"/> can name an upload; the API checks this before asking for a grain.</summary>
    public static bool IsValidKey(string? key) =>
        key is not null && key.Split('/') is [var slug, var uploadId] && PartnershipRules.IsValidSlug(slug) && IsValidUploadId(uploadId);

    public static (string Slug, string UploadId) ParseKey(string key) =>
        IsValidKey(key) ? (key[..key.IndexOf('/')], key[(key.IndexOf('/') + 1)..]) : throw UploadErrors.InvalidKey(key);

    public static int BlockCount(long size) => (int)((size + BlockSize - 1) / BlockSize);

    /// <summary>Every block is <see cref="BlockSize"/> bytes except the last, which holds the rest.</summary>
    public static int BlockLength(long size, int index) =>
        index < BlockCount(size) - 1 ? BlockSize : (int)(size - (long)BlockSize * (BlockCount(size) - 1));

    /// <summary>The blob of one attempt: a restart never sees the blocks of an earlier one.</summary>
    public static string BlobName(string key, int attempt) => $"{key}/{attempt}";

    /// <summary>Whether the target takes documents (PDF or scans, up to 8 MiB) rather than photos: an application's pieces, a ledger's proofs.</summary>
    private static bool TakesDocuments(UploadTarget target) => target.Kind is UploadTargetKind.FundApplication or UploadTargetKind.Ledger;

    /// <summary>The announced type, checked against what the target takes: an application's pieces may be PDF too.</summary>
    public static string ContentType(string? contentType, UploadTarget target)
    {
        var normalized = contentType?.Trim().ToLowerInvariant() ?? "";
        if (TakesDocuments(target))
            return PieceContentTypes.Contains(normalized)
                ? normalized
                : throw UploadErrors.Invalid(
                    $"Type de pièce refusé : « {contentType} ». Seuls PDF (application/pdf), JPEG, PNG et WebP sont acceptés.",
                    $"Piece type refused: '{contentType}'. Only PDF (application/pdf), JPEG, PNG and WebP are accepted.");
        if (!ContentTypes.Contains(normalized))
            throw UploadErrors.Invalid(
                $"Type de photo refusé : « {contentType} ». Seuls JPEG (image/jpeg), PNG (image/png) et WebP (image/webp) sont acceptés.",
                $"Photo type refused: '{contentType}'. Only JPEG (image/jpeg), PNG (image/png) and WebP (image/webp) are accepted.");
        return normalized;
    }

    /// <summary>The announced size, within the target's limit: 1 MiB for a photo, 8 MiB for an application's piece.</summary>
    public static long Size(long size, UploadTarget target) => TakesDocuments(target)
        ? size switch
        {
            <= 0 => throw TooSmall(size),
            > MaxPieceSize => throw UploadErrors.Invalid(
                $"Pièce trop grande : {size} octets, la limite est {MaxPieceSize} octets (8 Mio). Numérisez-la en noir et blanc ou à 150 ppp.",
                $"Piece too big: {size} bytes, the limit is {MaxPieceSize} bytes (8 MiB). Scan it in black and white or at 150 dpi."),
            _ => size,
        }
        : size switch
        {
            <= 0 => throw TooSmall(size),
            > MaxSize => throw UploadErrors.Invalid(
                $"Photo trop grande : {size} octets, la limite est {MaxSize} octets (1 Mio). Réduisez-la sur le téléphone (environ 80 Ko suffisent).",
                $"Photo too big: {size} bytes, the limit is {MaxSize} bytes (1 MiB). Shrink it on the phone (about 80 KB is enough)."),
            _ => size,
        };

    private static DomainException TooSmall(long size) => UploadErrors.Invalid(
        $"La taille annoncée doit être d'au moins 1 octet (reçu : {size}).",
        $"The announced size must be at least 1 byte (got {size}).");

    public static string Sha256(string? sha256)
    {
        var trimmed = sha256?.Trim() ?? "";
        if (!Sha256Pattern().IsMatch(trimmed))
            throw UploadErrors.Invalid(
                "L'empreinte SHA-256 doit compter 64 chiffres hexadécimaux.",
                "The SHA-256 checksum must be 64 hexadecimal digits.");
        return trimmed.ToLowerInvariant();
    }

    /// <summary>
    /// Checks the target's shape: a shipment item or a report of the upload's own partnership, or an application (whose
    /// partnership the grain checks when it reads the application).
    /// </summary>
    public static UploadTarget Target(string slug, UploadTarget? target)
    {
        var ok = target switch
        {
            { Kind: UploadTargetKind.ShipmentItem, ItemId: { Length: > 0 and <= 16 } } =>
                ShipmentRules.IsValidKey(target.Key) && ShipmentRules.SlugOf(target.Key) == slug,
            { Kind: UploadTargetKind.Report, ItemId: null } =>
                ReportRules.IsValidKey(target.Key) && ReportRules.ParseKey(target.Key).Slug == slug,
            { Kind: UploadTargetKind.FundApplication, ItemId: null } => FundApplicationRules.IsValidKey(target.Key),
            { Kind: UploadTargetKind.Ledger, ItemId: null } => Money.LedgerRules.IsValidKey(target.Key) && Money.LedgerRules.ParseKey(target.Key).Slug == slug,
            _ => false,
        };
        return ok
            ? target!
            : throw UploadErrors.WrongTarget();
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{8,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex UploadIdPattern();

    [GeneratedRegex("^[0-9A-Fa-f]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Sha256Pattern();
}
