using Microsoft.Extensions.Logging;

namespace Cooperation.Silo.Storage.LocalDisk;

// The provider's diagnostics, kept apart from its storage logic. Event ids are stable: dashboards and alerts key on them.
public sealed partial class LocalDiskGrainStorage
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "Local-disk grain storage {Provider}: {Operation} of {Record} refused, the record changed since ETag {ETag} (stored: {StoredETag})")]
    private partial void LogConditionNotSatisfied(string provider, string operation, string record, string? etag, string? storedETag);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error,
        Message = "Local-disk grain storage {Provider}: {Operation} of {Record} failed")]
    private partial void LogOperationFailed(Exception exception, string operation, string provider, string record);
}
