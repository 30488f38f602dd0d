namespace Cooperation.Grains.Uploads.Commands;

/// <summary>Assembles the blocks into the photo, once every block arrived; the photo is checked before it is kept.</summary>
[GenerateSerializer, Immutable]
public sealed record CommitUpload(string ClientMutationId, Actor Actor) : Command(ClientMutationId, Actor);
