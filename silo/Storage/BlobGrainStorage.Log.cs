using Microsoft.Extensions.Logging;

namespace Cooperation.Silo.Storage;

// The provider's diagnostics, kept apart from its storage logic. Event ids are stable: dashboards and alerts key on them.
public sealed partial class BlobGrainStorage
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug,
        Message = "Blob grain storage {Provider}: ensuring container {Container} exists")]
    private partial void LogInitializing(string provider, string container);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "Blob grain storage {Provider}: container {Container} ready in {ElapsedMs:0} ms")]
    private partial void LogInitialized(string provider, string container, double elapsedMs);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error,
        Message = "Blob grain storage {Provider}: could not initialize container {Container} after {ElapsedMs:0} ms")]
    private partial void LogInitializationFailed(Exception exception, string provider, string container, double elapsedMs);

    [LoggerMessage(EventId = 4, Level = LogLevel.Trace,
        Message = "Blob grain storage {Provider}: read {Blob}, ETag {ETag}, record exists: {RecordExists}")]
    private partial void LogRead(string provider, string blob, string etag, bool recordExists);

    [LoggerMessage(EventId = 5, Level = LogLevel.Trace,
        Message = "Blob grain storage {Provider}: no record at {Blob} ({ErrorCode})")]
    private partial void LogReadNotFound(string provider, string blob, string? errorCode);

    [LoggerMessage(EventId = 6, Level = LogLevel.Trace,
        Message = "Blob grain storage {Provider}: wrote {Blob}, new ETag {ETag}")]
    private partial void LogWritten(string provider, string blob, string etag);

    [LoggerMessage(EventId = 7, Level = LogLevel.Trace,
        Message = "Blob grain storage {Provider}: cleared {Blob}, ETag {ETag}, deleted: {Deleted}")]
    private partial void LogCleared(string provider, string blob, string? etag, bool deleted);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning,
        Message = "Blob grain storage {Provider}: {Operation} of {Blob} refused, the record changed since ETag {ETag} ({Status} {ErrorCode})")]
    private partial void LogConditionNotSatisfied(string provider, string operation, string blob, string? etag, int status, string? errorCode);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning,
        Message = "Blob grain storage {Provider}: container {Container} missing while writing {Blob}; creating it and retrying")]
    private partial void LogCreatingMissingContainer(string provider, string container, string blob);

    [LoggerMessage(EventId = 10, Level = LogLevel.Error,
        Message = "Blob grain storage {Provider}: {Operation} of {Blob} in container {Container} failed")]
    private partial void LogOperationFailed(Exception exception, string operation, string provider, string blob, string container);
}
