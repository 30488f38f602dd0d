using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Orleans.Storage;

namespace Cooperation.Silo.Storage;

/// <summary>
/// Settings of one named <see cref="BlobGrainStorage"/> provider; the same shape as the official
/// <c>AzureBlobStorageOptions</c> so configuration carries over if the official package is swapped in.
/// </summary>
/// <remarks>
/// Exactly one way to reach the storage account must be set: <see cref="BlobServiceClient"/>,
/// <see cref="ConnectionString"/> or <see cref="ServiceUri"/> (checked at silo start by
/// <see cref="BlobGrainStorageOptionsValidator"/>).
/// </remarks>
public sealed class BlobGrainStorageOptions : IStorageProviderSerializerOptions
{
    /// <summary>The container used when none is configured (the official provider's default).</summary>
    public const string DefaultContainerName = "grainstate";

    /// <summary>The silo lifecycle stage at which the container is created when none is configured.</summary>
    public const int DefaultInitStage = ServiceLifecycleStage.ApplicationServices;

    /// <summary>The blob container holding one blob per grain state record.</summary>
    public string ContainerName { get; set; } = DefaultContainerName;

    /// <summary>A ready-made client (e.g. one shared with the rest of the application); wins over the other settings.</summary>
    public BlobServiceClient? BlobServiceClient { get; set; }

    /// <summary>
    /// A storage connection string, e.g. <c>UseDevelopmentStorage=true</c> or a full Azurite connection string.
    /// </summary>
    /// <remarks>Redacted when Orleans logs the options at start: it usually carries the account key.</remarks>
    [Redact]
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The blob service endpoint (<c>https://{account}.blob.core.windows.net/</c>) reached with <see cref="TokenCredential"/>;
    /// the way to go in Azure, where the silo's managed identity holds a data-plane role on the account.
    /// </summary>
    public Uri? ServiceUri { get; set; }

    /// <summary>
    /// The identity used with <see cref="ServiceUri"/>; <see cref="DefaultAzureCredential"/> when left empty, which
    /// picks up the managed identity in Azure and the developer's sign-in locally.
    /// </summary>
    public TokenCredential? TokenCredential { get; set; }

    /// <summary>Retry, transport and API-version settings for a client built from a connection string or service URI.</summary>
    public BlobClientOptions? ClientOptions { get; set; }

    /// <summary>
    /// <see langword="true"/> (default) deletes the blob when a grain clears its state; <see langword="false"/> keeps
    /// an empty blob, so the record's ETag survives the clear.
    /// </summary>
    public bool DeleteStateOnClear { get; set; } = true;

    /// <summary>The silo lifecycle stage at which the container is created if missing.</summary>
    public int InitStage { get; set; } = DefaultInitStage;

    /// <summary>
    /// Turns grain state into blob content and back. Left empty, it is filled at start with the serializer registered
    /// for this provider's name, else the silo's (see <c>UseSystemTextJsonGrainStorageSerializer</c>).
    /// </summary>
    // Non-nullable to match the Orleans interface; DefaultStorageProviderSerializerOptionsConfigurator sets it.
    public IGrainStorageSerializer GrainStorageSerializer { get; set; } = null!;

    /// <summary>
    /// Builds the client from whichever setting is present, in the order <see cref="BlobServiceClient"/>,
    /// <see cref="ConnectionString"/>, <see cref="ServiceUri"/>. No I/O happens here.
    /// </summary>
    /// <exception cref="OrleansConfigurationException">None of the three is set.</exception>
    public BlobServiceClient CreateBlobServiceClient()
    {
        if (BlobServiceClient is not null)
            return BlobServiceClient;
        if (!string.IsNullOrWhiteSpace(ConnectionString))
            return new BlobServiceClient(ConnectionString, ClientOptions);
        if (ServiceUri is not null)
            return new BlobServiceClient(ServiceUri, TokenCredential ?? new DefaultAzureCredential(), ClientOptions);
        throw new OrleansConfigurationException(
            $"No way to reach Azure Blob Storage is configured: set {nameof(BlobGrainStorageOptions)}.{nameof(ConnectionString)}, " +
            $"{nameof(ServiceUri)} or {nameof(BlobServiceClient)}.");
    }
}
