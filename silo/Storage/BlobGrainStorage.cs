using System.Diagnostics;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Cooperation.Silo.Diagnostics;
using Microsoft.Extensions.Logging;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Cooperation.Silo.Storage;

// Stands in for AzureBlobGrainStorage from Microsoft.Orleans.Persistence.AzureStorage, which this project's NuGet
// feed does not serve. It keeps the official provider's semantics on purpose — blob names, ETag conditions, error
// mapping, clear behaviour, container creation — so records written by one can be read by the other and the
// official package can replace this class (and its registration extensions) without a data migration.

/// <summary>
/// Grain storage keeping each grain state record in one blob of an Azure Blob Storage container, with optimistic
/// concurrency on the blob's ETag.
/// </summary>
/// <remarks>
/// Blob name: <c>{stateName}-{grainId}.json</c>. A write with no ETag only creates (<c>If-None-Match: *</c>), a write
/// with an ETag only replaces that exact version (<c>If-Match</c>); a refused condition raises
/// <see cref="InconsistentStateException"/>.
/// </remarks>
public sealed partial class BlobGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    // What the official provider sends, whatever the serializer: keeps the two interchangeable byte for byte.
    private const string BlobContentType = "application/octet-stream";

    private readonly string _name;
    private readonly BlobGrainStorageOptions _options;
    private readonly IActivatorProvider _activatorProvider;
    private readonly ILogger<BlobGrainStorage> _logger;
    private readonly SiloMetrics? _metrics;

    // Built on first use rather than in the constructor: a misconfiguration is then reported by the options
    // validator at silo start, not by a dependency-injection failure while the silo is being assembled.
    private readonly Lazy<BlobContainerClient> _container;

    /// <summary>Creates the provider called <paramref name="name"/>; no storage call is made until first use.</summary>
    /// <param name="name">The provider name, as in <c>[PersistentState("state", "name")]</c>.</param>
    /// <param name="options">The provider's settings; <see cref="BlobGrainStorageOptions.GrainStorageSerializer"/> must be set.</param>
    /// <param name="activatorProvider">Creates the fresh state objects handed to grains when there is no record.</param>
    /// <param name="logger">Receives the provider's diagnostics.</param>
    /// <param name="metrics">Counts the writes and their bytes; none outside a silo.</param>
    public BlobGrainStorage(
        string name,
        BlobGrainStorageOptions options,
        IActivatorProvider activatorProvider,
        ILogger<BlobGrainStorage> logger,
        SiloMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(activatorProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _name = name;
        _options = options;
        _activatorProvider = activatorProvider;
        _logger = logger;
        _metrics = metrics;
        _container = new Lazy<BlobContainerClient>(
            () => options.CreateBlobServiceClient().GetBlobContainerClient(options.ContainerName));
    }

    private BlobContainerClient Container => _container.Value;

    private IGrainStorageSerializer Serializer => _options.GrainStorageSerializer
        ?? throw new OrleansConfigurationException(
            $"Blob grain storage provider '{_name}' has no {nameof(BlobGrainStorageOptions.GrainStorageSerializer)}.");

    /// <summary>Creates the container, if missing, at <see cref="BlobGrainStorageOptions.InitStage"/> of silo start.</summary>
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(OptionFormattingUtilities.Name<BlobGrainStorage>(_name), _options.InitStage, InitializeAsync);

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        LogInitializing(_name, _options.ContainerName);
        try
        {
            await Container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            LogInitialized(_name, _options.ContainerName, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception exception)
        {
            LogInitializationFailed(exception, _name, _options.ContainerName, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    /// <summary>Reads the record into <paramref name="grainState"/>; a missing record leaves a fresh state and no ETag.</summary>
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <summary>Reads the record into <paramref name="grainState"/>; a missing record leaves a fresh state and no ETag.</summary>
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var blobName = GetBlobName(stateName, grainId);
        try
        {
            var response = await Container.GetBlobClient(blobName).DownloadStreamingAsync(cancellationToken: cancellationToken);
            using var download = response.Value;
            var etag = download.Details.ETag.ToString();

            // An empty blob is what a clear leaves when DeleteStateOnClear is off: no record, but its ETag is kept
            // so the next write replaces exactly that blob.
            var loaded = download.Details.ContentLength > 0
                ? await DeserializeAsync<T>(download.Content, cancellationToken)
                : default;

            grainState.State = loaded ?? CreateState<T>();
            grainState.RecordExists = loaded is not null;
            grainState.ETag = etag;
            LogRead(_name, blobName, etag, grainState.RecordExists);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // No blob, or no container yet: both simply mean the grain has never stored anything.
            grainState.State = CreateState<T>();
            grainState.RecordExists = false;
            grainState.ETag = null;
            LogReadNotFound(_name, blobName, exception.ErrorCode);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogOperationFailed(exception, "read", _name, blobName, _options.ContainerName);
            throw;
        }
    }

    /// <summary>Stores <paramref name="grainState"/> if its ETag still matches the record (or creates it when it has none).</summary>
    /// <exception cref="InconsistentStateException">The record changed, or was created, since this state was read.</exception>
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <summary>Stores <paramref name="grainState"/> if its ETag still matches the record (or creates it when it has none).</summary>
    /// <exception cref="InconsistentStateException">The record changed, or was created, since this state was read.</exception>
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var blobName = GetBlobName(stateName, grainId);
        try
        {
            var content = await SerializeAsync(grainState.State, cancellationToken);
            var blob = Container.GetBlobClient(blobName);
            var conditions = ConditionsFor(grainState.ETag);
            var etag = await UpdateOptimisticallyAsync("write", blobName, grainState.ETag,
                () => UploadAsync(blob, content, conditions, createMissingContainer: true, cancellationToken));

            _metrics?.StateWritten(stateName, grainId, content.ToMemory().Length);
            grainState.ETag = etag.ToString();
            grainState.RecordExists = true;
            LogWritten(_name, blobName, grainState.ETag);
        }
        catch (Exception exception) when (exception is not (InconsistentStateException or OperationCanceledException))
        {
            LogOperationFailed(exception, "write", _name, blobName, _options.ContainerName);
            throw;
        }
    }

    /// <summary>
    /// Deletes the record (or empties it when <see cref="BlobGrainStorageOptions.DeleteStateOnClear"/> is off) if its
    /// ETag still matches, then resets <paramref name="grainState"/> to a fresh state.
    /// </summary>
    /// <exception cref="InconsistentStateException">The record changed, or was created, since this state was read.</exception>
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <summary>
    /// Deletes the record (or empties it when <see cref="BlobGrainStorageOptions.DeleteStateOnClear"/> is off) if its
    /// ETag still matches, then resets <paramref name="grainState"/> to a fresh state.
    /// </summary>
    /// <exception cref="InconsistentStateException">The record changed, or was created, since this state was read.</exception>
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var blobName = GetBlobName(stateName, grainId);
        try
        {
            var blob = Container.GetBlobClient(blobName);
            var conditions = ConditionsFor(grainState.ETag);
            string? etag = null;
            if (_options.DeleteStateOnClear)
            {
                await UpdateOptimisticallyAsync("clear", blobName, grainState.ETag,
                    async () => (await blob.DeleteIfExistsAsync(DeleteSnapshotsOption.None, conditions, cancellationToken)).Value);
            }
            else
            {
                // Unlike a write, a clear does not create a missing container: there is nothing to clear in it.
                var emptied = await UpdateOptimisticallyAsync("clear", blobName, grainState.ETag,
                    () => UploadAsync(blob, BinaryData.Empty, conditions, createMissingContainer: false, cancellationToken));
                etag = emptied.ToString();
            }

            _metrics?.StateWritten(stateName, grainId, 0);
            grainState.State = CreateState<T>();
            grainState.RecordExists = false;
            grainState.ETag = etag;
            LogCleared(_name, blobName, etag, _options.DeleteStateOnClear);
        }
        catch (Exception exception) when (exception is not (InconsistentStateException or OperationCanceledException))
        {
            LogOperationFailed(exception, "clear", _name, blobName, _options.ContainerName);
            throw;
        }
    }

    /// <summary>The blob holding one state of one grain: the official provider's name, so records stay compatible.</summary>
    /// <remarks>
    /// The full grain id (<c>type/key</c>) rather than the key alone, since grains of different types may share keys;
    /// its <c>/</c> shows up as a virtual folder per grain type.
    /// </remarks>
    public static string GetBlobName(string stateName, GrainId grainId) => $"{stateName}-{grainId}.json";

    // No ETag means "this activation has never seen a record": it may only create one, so it cannot silently
    // overwrite a record written by another activation it never read.
    private static BlobRequestConditions ConditionsFor(string? etag) =>
        string.IsNullOrEmpty(etag)
            ? new BlobRequestConditions { IfNoneMatch = ETag.All }
            : new BlobRequestConditions { IfMatch = new ETag(etag) };

    private async Task<ETag> UploadAsync(
        BlobClient blob, BinaryData content, BlobRequestConditions conditions, bool createMissingContainer, CancellationToken cancellationToken)
    {
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = BlobContentType },
            Conditions = conditions,
        };
        try
        {
            return (await blob.UploadAsync(content, options, cancellationToken)).Value.ETag;
        }
        catch (RequestFailedException exception) when (createMissingContainer && IsContainerNotFound(exception))
        {
            // The container went away after start (deleted by hand, storage account reset): recreate it and retry
            // once; the ETag conditions still hold since every blob went with the container.
            LogCreatingMissingContainer(_name, _options.ContainerName, blob.Name);
            await Container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            return (await blob.UploadAsync(content, options, cancellationToken)).Value.ETag;
        }
    }

    // Turns the storage's "your condition failed" answers into the exception Orleans expects for lost updates.
    private async Task<TResult> UpdateOptimisticallyAsync<TResult>(
        string operation, string blobName, string? currentETag, Func<Task<TResult>> update)
    {
        try
        {
            return await update();
        }
        catch (RequestFailedException exception) when (IsConditionFailure(exception))
        {
            LogConditionNotSatisfied(_name, operation, blobName, currentETag, exception.Status, exception.ErrorCode);
            // The stored ETag is not known without another request; the official provider reports "Unknown" too.
            throw new InconsistentStateException(
                $"Blob storage condition not satisfied on {operation}: blob '{blobName}' in container '{_options.ContainerName}', " +
                $"current ETag {(string.IsNullOrEmpty(currentETag) ? "none (create only)" : $"'{currentETag}'")}, " +
                $"storage answered {exception.Status} {exception.ErrorCode}.",
                "Unknown",
                currentETag,
                exception);
        }
    }

    // 412: If-Match/If-None-Match refused; 409: the blob appeared under If-None-Match: *; a 404 that is not about
    // the container: the blob we hold an ETag for is gone.
    private static bool IsConditionFailure(RequestFailedException exception) =>
        exception.Status is 412 or 409 || (exception.Status == 404 && !IsContainerNotFound(exception));

    private static bool IsContainerNotFound(RequestFailedException exception) =>
        exception.Status == 404 && exception.ErrorCode == BlobErrorCode.ContainerNotFound;

    // Grains always get a usable state object, even without a record, as with every Orleans provider.
    private T CreateState<T>() => _activatorProvider.GetActivator<T>().Create();
}
