using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Cooperation.Silo.Tests.Storage;

/// <summary>
/// Grain state records exactly as this project's own blob provider wrote them, before Orleans' Azure blob provider
/// replaced it: names, bytes and content type captured from that provider (a <see cref="TestState"/> written directly,
/// a <c>PersistentCounterGrain</c> after two increments in a silo), with the silo's System.Text.Json serializer.
/// </summary>
public static class EarlierBlobs
{
    /// <summary>The content type that provider set on every record.</summary>
    public const string ContentType = "application/octet-stream";

    /// <summary>A partnership-like record: accents and Cyrillic escaped the way System.Text.Json does.</summary>
    public static readonly EarlierBlob Partnership = new(
        "partnership-partnership/seneclic.json",
        """{"Name":"S\u00E9n\u00E9clic","Count":12,"Tags":["Besan\u00E7on","\u041A\u043E\u043E\u043F\u0435\u0440\u0430\u0446\u0438\u044F"]}""");

    /// <summary>A key with spaces, accents and a slash, under state name <c>state</c> of grain type <c>testgrain</c>.</summary>
    public static readonly EarlierBlob StringKey = new(
        "state-testgrain/São Tomé / Príncipe.json",
        """{"Name":"a?b#c%d\u0026e\u002Bf","Count":-3,"Tags":[]}""");

    /// <summary><c>PersistentCounterGrain</c> "Guédiawaye" after two increments.</summary>
    public static readonly EarlierBlob Counter = new("counter-persistentcounter/Guédiawaye.json", """{"Count":2}""");
}

/// <summary>One record as the earlier provider stored it.</summary>
public sealed record EarlierBlob(string Name, string Json)
{
    public byte[] Bytes => Encoding.UTF8.GetBytes(Json);

    /// <summary>Stores the record as that provider did (create only, its content type) and returns the blob's ETag.</summary>
    public async Task<ETag> UploadAsync(BlobContainerClient container, CancellationToken cancellationToken)
    {
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var uploaded = await container.GetBlobClient(Name).UploadAsync(new BinaryData(Bytes), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = EarlierBlobs.ContentType },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        }, cancellationToken);
        return uploaded.Value.ETag;
    }
}
