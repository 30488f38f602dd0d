using System.Runtime.CompilerServices;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Cooperation.Silo.Storage;

/// <summary>The grains with a state of one kind in the grain state container: a listing of the blob names under one prefix.</summary>
public sealed class BlobStoredGrains(BlobContainerClient container) : IStoredGrains
{
    public async IAsyncEnumerable<GrainId?> ListAsync(string stateName, string grainType, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!await container.ExistsAsync(cancellationToken))
            yield break;
        await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions { Prefix = GrainStateRecords.PrefixOf(stateName, grainType) }, cancellationToken))
            yield return GrainStateRecords.GrainIdOf(stateName, blob.Name);
    }
}
