namespace Cooperation.Grains.Uploads.Commands;

/// <summary>Drops the blocks sent so far and opens a new 7-day window for the same photo (after expiry, or to start clean).</summary>
[GenerateSerializer, Immutable]
public sealed record RestartUpload(string ClientMutationId, Actor Actor) : Command(ClientMutationId, Actor);
