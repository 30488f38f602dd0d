using System.Text.Json;

namespace Cooperation.Silo.Storage.LocalDisk;

// The embedded default's reminder table, standing in for Azure Table reminders (Microsoft.Orleans.Reminders.AzureStorage)
// on one machine, for the reason the grain storage stands in for blobs: Azurite's table service is not crash-safe, and a
// reminder is a promise that some work happens later, so losing it loses the work. Rows live in the same data folder as
// grain state, written by the same durable file writes (DurableFiles through RecordFile): a registration reported done
// is on disk, and is found again when the process starts after a crash.

/// <summary>
/// An Orleans reminder table keeping each reminder in one file of the <c>reminders</c> folder of the data folder: the
/// row's ETag on the first line, then the row as JSON.
/// </summary>
/// <remarks>
/// File: <see cref="FileNames.Of"/> of <c>{grainId}/{reminderName}</c>. As in Azure Table reminders, an upsert replaces
/// the row whatever its ETag and gives it a new one, and a removal takes effect only with the ETag the row has now. One
/// process owns the folder (<see cref="DataDirectory"/>), so one lock in this process orders every change.
/// </remarks>
public sealed class LocalDiskReminderTable(DataDirectory directory) : IReminderTable
{
    /// <summary>The subfolder of the data folder that holds the rows.</summary>
    public const string ContainerName = "reminders";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Lock _gate = new();
    private string? _folder;

    private string Folder => _folder ??= directory.Container(ContainerName);

    public Task Init()
    {
        _ = Folder;
        return Task.CompletedTask;
    }

    public Task<ReminderTableData> ReadRows(GrainId grainId) =>
        Task.FromResult(new ReminderTableData(ReadAll().Where(entry => entry.GrainId == grainId)));

    /// <summary>The rows whose grain hash is in (<paramref name="begin"/>, <paramref name="end"/>], a range that may wrap around.</summary>
    public Task<ReminderTableData> ReadRows(uint begin, uint end) =>
        Task.FromResult(new ReminderTableData(ReadAll().Where(entry =>
        {
            var hash = entry.GrainId.GetUniformHashCode();
            return begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;
        })));

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
    {
        lock (_gate)
            return Task.FromResult(Read(PathOf(grainId, reminderName)));
    }

    public Task<string?> UpsertRow(ReminderEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var path = PathOf(entry.GrainId, entry.ReminderName);
        var row = new Row(entry.GrainId.ToString(), entry.ReminderName, DateTime.SpecifyKind(entry.StartAt, DateTimeKind.Utc), entry.Period);
        lock (_gate)
        {
            var etag = RecordFile.NextETag(RecordFile.ETagOf(path));
            RecordFile.Write(path, etag, JsonSerializer.SerializeToUtf8Bytes(row, Json), CancellationToken.None);
            return Task.FromResult<string?>(etag);
        }
    }

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
    {
        var path = PathOf(grainId, reminderName);
        lock (_gate)
            return Task.FromResult(RecordFile.ETagOf(path) == eTag && DurableFiles.Delete(path));
    }

    public Task TestOnlyClearTable()
    {
        lock (_gate)
        {
            foreach (var path in Rows())
                DurableFiles.Delete(path);
        }
        return Task.CompletedTask;
    }

    private string PathOf(GrainId grainId, string reminderName) =>
        Path.Combine(Folder, FileNames.Of($"{grainId}/{reminderName}"));

    // Temporary files of a write under way start with a dot (DurableFiles); they are not rows.
    private IEnumerable<string> Rows() =>
        Directory.EnumerateFiles(Folder).Where(path => !Path.GetFileName(path).StartsWith('.'));

    private List<ReminderEntry> ReadAll()
    {
        lock (_gate)
            return [.. Rows().Select(Read).OfType<ReminderEntry>()];
    }

    private static ReminderEntry? Read(string path)
    {
        if (RecordFile.Read(path) is not { } record)
            return null;
        var row = JsonSerializer.Deserialize<Row>(record.Content.Span, Json)
            ?? throw new InvalidDataException($"'{path}' is not a reminder row.");
        return new ReminderEntry
        {
            GrainId = GrainId.Parse(row.GrainId),
            ReminderName = row.Name,
            StartAt = row.StartAt,
            Period = row.Period,
            ETag = record.ETag,
        };
    }

    /// <summary>A reminder as stored: the grain and name it belongs to, its first tick (UTC) and its period.</summary>
    private sealed record Row(string GrainId, string Name, DateTime StartAt, TimeSpan Period);
}
