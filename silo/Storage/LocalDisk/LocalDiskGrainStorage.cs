using Microsoft.Extensions.Logging;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Cooperation.Silo.Storage.LocalDisk;

// The embedded default's grain storage, standing in for Orleans' Azure blob provider on one machine: the same record
// names, the same ETag rules, the same clear behaviour, so grains behave alike on both and records can move from one
// to the other (see BlobImport). Unlike Azurite, an acknowledged write is on disk: see DataDirectory.

/// <summary>
/// Grain storage keeping each grain state record in one file of a folder on the local disk, with optimistic
/// concurrency on a per-record version (the ETag), every change fsynced before it is reported done.
/// </summary>
/// <remarks>
/// File: <see cref="FileNames.Of"/> of the blob name <see cref="GrainStateRecords.NameOf"/>, in the folder of the container
/// name. A write with no ETag only creates, a write with an ETag only replaces that exact version, a clear likewise; a
/// refused condition raises <see cref="InconsistentStateException"/>, as Azure's provider does. Writes are counted
/// by <see cref="Diagnostics.CountedGrainStorage"/>, as every provider's.
/// </remarks>
public sealed partial class LocalDiskGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private readonly string _name;
    private readonly LocalDiskGrainStorageOptions _options;
    private readonly DataDirectory _directory;
    private readonly IActivatorProvider _activatorProvider;
    private readonly ILogger<LocalDiskGrainStorage> _logger;
    private readonly StripedLocks _locks = new();
    private volatile string? _folder;

    /// <summary>Creates the provider called <paramref name="name"/>; the folder is claimed at silo start or first use.</summary>
    public LocalDiskGrainStorage(
        string name,
        LocalDiskGrainStorageOptions options,
        DataDirectory directory,
        IActivatorProvider activatorProvider,
        ILogger<LocalDiskGrainStorage> logger)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(activatorProvider);
        ArgumentNullException.ThrowIfNull(logger);
        (_name, _options, _directory, _activatorProvider, _logger) = (name, options, directory, activatorProvider, logger);
    }

    private IGrainStorageSerializer Serializer => _options.GrainStorageSerializer
        ?? throw new OrleansConfigurationException(
            $"Local-disk grain storage provider '{_name}' has no {nameof(LocalDiskGrainStorageOptions.GrainStorageSerializer)}.");

    // Claiming on first use too: a provider built outside a silo (tests, the import) has no lifecycle to do it.
    private string Folder => _folder ??= _directory.Container(_options.ContainerName);

    /// <summary>Claims the data folder and creates the container's subfolder at <see cref="LocalDiskGrainStorageOptions.InitStage"/>.</summary>
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(OptionFormattingUtilities.Name<LocalDiskGrainStorage>(_name), _options.InitStage, cancellationToken =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            _ = Folder;
            return Task.CompletedTask;
        });

    /// <inheritdoc cref="ReadStateAsync{T}(string, GrainId, IGrainState{T}, CancellationToken)"/>
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <summary>Reads the record into <paramref name="grainState"/>; a missing record leaves a fresh state and no ETag.</summary>
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var name = GrainStateRecords.NameOf(stateName, grainId);
        try
        {
            var record = RecordFile.Read(PathOf(name));
            // An empty record is what a clear leaves when DeleteStateOnClear is off: no state, but its ETag is kept.
            var loaded = record is { Content.Length: > 0 } found ? await DeserializeAsync<T>(found.Content, cancellationToken) : default;
            grainState.State = loaded ?? CreateState<T>();
            grainState.RecordExists = loaded is not null;
            grainState.ETag = record?.ETag;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogOperationFailed(exception, "read", _name, name);
            throw;
        }
    }

    /// <inheritdoc cref="WriteStateAsync{T}(string, GrainId, IGrainState{T}, CancellationToken)"/>
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <summary>Stores <paramref name="grainState"/> if its ETag still matches the record (or creates it when it has none).</summary>
    /// <exception cref="InconsistentStateException">The record changed, or was created, since this state was read.</exception>
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var name = GrainStateRecords.NameOf(stateName, grainId);
        try
        {
            var content = await SerializeAsync(grainState.State, cancellationToken);
            using var _ = await _locks.EnterAsync(name, cancellationToken);
            var path = PathOf(name);
            var stored = RecordFile.ETagOf(path);
            RequireCondition("write", name, grainState.ETag, stored, missingIsFine: false);
            var etag = RecordFile.NextETag(stored);
            RecordFile.Write(path, etag, content, cancellationToken);
            grainState.ETag = etag;
            grainState.RecordExists = true;
        }
        catch (Exception exception) when (exception is not (InconsistentStateException or OperationCanceledException))
        {
            LogOperationFailed(exception, "write", _name, name);
            throw;
        }
    }

    /// <inheritdoc cref="ClearStateAsync{T}(string, GrainId, IGrainState{T}, CancellationToken)"/>
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <summary>
    /// Deletes the record (or empties it when <see cref="LocalDiskGrainStorageOptions.DeleteStateOnClear"/> is off) if
    /// its ETag still matches, then resets <paramref name="grainState"/> to a fresh state.
    /// </summary>
    /// <exception cref="InconsistentStateException">The record changed, or was created, since this state was read.</exception>
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var name = GrainStateRecords.NameOf(stateName, grainId);
        try
        {
            using (await _locks.EnterAsync(name, cancellationToken))
            {
                var path = PathOf(name);
                var stored = RecordFile.ETagOf(path);
                string? etag = null;
                if (_options.DeleteStateOnClear)
                {
                    // As Azure's delete-if-exists: a record already gone is not a conflict.
                    RequireCondition("clear", name, grainState.ETag, stored, missingIsFine: true);
                    DurableFiles.Delete(path);
                }
                else
                {
                    RequireCondition("clear", name, grainState.ETag, stored, missingIsFine: false);
                    etag = RecordFile.NextETag(stored);
                    RecordFile.Write(path, etag, ReadOnlyMemory<byte>.Empty, cancellationToken);
                }
                grainState.ETag = etag;
            }
            grainState.State = CreateState<T>();
            grainState.RecordExists = false;
        }
        catch (Exception exception) when (exception is not (InconsistentStateException or OperationCanceledException))
        {
            LogOperationFailed(exception, "clear", _name, name);
            throw;
        }
    }

    /// <summary>The file holding record <paramref name="name"/> (a blob name).</summary>
    internal string PathOf(string name) => Path.Combine(Folder, FileNames.Of(name));

    /// <summary>
    /// No ETag: this activation never saw a record, so it may only create one (never overwrite a record written by an
    /// activation it never read). An ETag: only that exact version may be replaced.
    /// </summary>
    private void RequireCondition(string operation, string name, string? expected, string? stored, bool missingIsFine)
    {
        var satisfied = string.IsNullOrEmpty(expected)
            ? stored is null
            : stored == expected || (stored is null && missingIsFine);
        if (satisfied)
            return;
        LogConditionNotSatisfied(_name, operation, name, expected, stored);
        throw new InconsistentStateException(
            $"Local-disk storage condition not satisfied on {operation}: record '{name}' in '{Path.Combine(_directory.Path, _options.ContainerName)}', " +
            $"current ETag {(string.IsNullOrEmpty(expected) ? "none (create only)" : $"'{expected}'")}, stored ETag {(stored is null ? "none (no record)" : $"'{stored}'")}.",
            stored ?? "none",
            expected);
    }

    // Grains always get a usable state object, even without a record, as with every Orleans provider.
    private T CreateState<T>() => _activatorProvider.GetActivator<T>().Create();
}
