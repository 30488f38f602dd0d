namespace Cooperation.Grains.Funding.Applications;

/// <summary>Where an application's uploaded piece is kept and the name it is handed out under.</summary>
/// <param name="UploadKey">The upload grain's key, "{partnershipSlug}/{uploadId}".</param>
/// <param name="Name">The piece's name in the file ("Délibération du conseil communautaire").</param>
[GenerateSerializer, Immutable]
public sealed record PieceFile(
    [property: Id(0)] string UploadKey,
    [property: Id(1)] string Name);
