namespace Cooperation.Grains.Uploads;

/// <summary>What an upload remembers of an applied action: a repeat of its id answers the upload as it is now.</summary>
/// <param name="Kind">The command's type name: the same id sent with another command is refused.</param>
/// <param name="Attempt">The attempt the action produced or found.</param>
[GenerateSerializer, Immutable]
public sealed record UploadReceipt([property: Id(0)] string Kind, [property: Id(1)] int Attempt);
