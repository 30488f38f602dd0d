namespace Cooperation.Grains.Uploads;

/// <summary>Snapshot of a photo upload, with the blocks blob storage still lacks.</summary>
/// <param name="Key">The grain key, "{partnershipSlug}/{uploadId}".</param>
/// <param name="MissingBlocks">Indexes of the blocks not yet received, ascending; empty once committed.</param>
/// <param name="ExpiresAt">When an uncommitted upload's blocks are dropped; null once committed.</param>
[GenerateSerializer, Immutable]
public sealed record Upload(
    [property: Id(0)] string Key,
    [property: Id(1)] string PartnershipSlug,
    [property: Id(2)] string UploadId,
    [property: Id(3)] UploadStatus Status,
    [property: Id(4)] UploadTarget Target,
    [property: Id(5)] string ContentType,
    [property: Id(6)] long Size,
    [property: Id(7)] string Sha256,
    [property: Id(8)] int BlockSize,
    [property: Id(9)] int BlockCount,
    [property: Id(10)] IReadOnlyList<int> MissingBlocks,
    [property: Id(11)] DateTimeOffset CreatedAt,
    [property: Id(12)] DateTimeOffset? ExpiresAt,
    [property: Id(13)] DateTimeOffset? CommittedAt,
    [property: Id(14)] Actor AnnouncedBy);

/// <summary>A committed photo's bytes, for members to look at.</summary>
/// <param name="Sha256">Also its entity tag: the content can never change.</param>
[GenerateSerializer, Immutable]
public sealed record UploadContent(
    [property: Id(0)] byte[] Bytes,
    [property: Id(1)] string ContentType,
    [property: Id(2)] string Sha256);
