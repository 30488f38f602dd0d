namespace Cooperation.Grains.Uploads.Commands;

/// <summary>Announces a photo before its blocks: what it is, how big, its SHA-256, and what it belongs to.</summary>
/// <param name="ContentType">image/jpeg, image/png or image/webp.</param>
/// <param name="Size">Size in bytes, at most <see cref="UploadRules.MaxSize"/> for a photo, <see cref="UploadRules.MaxPieceSize"/> for an application's piece.</param>
/// <param name="Sha256">SHA-256 of the whole file, 64 hexadecimal digits.</param>
[GenerateSerializer, Immutable]
public sealed record AnnounceUpload(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] UploadTarget Target,
    [property: Id(1)] string ContentType,
    [property: Id(2)] long Size,
    [property: Id(3)] string Sha256) : Command(ClientMutationId, Actor);
