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
/// <para>
/// The folder is read once, at the first use; from then on every row is also held in memory, by grain, and reads are
/// answered from there: the reminder service asks for its hash range at start and again whenever the cluster changes,
/// and each grain's rows as it activates, which would otherwise read every file each time. A change goes to disk
/// first and into memory once it is there, so what memory answers is always what a restart would read back.
/// </para>
/// </remarks>
public sealed class LocalDiskReminderTable(DataDirectory directory) : IReminderTable
{
    /// <summary>The subfolder of the data folder that holds the rows.</summary>
    public const string ContainerName = "reminders";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Lock _gate = new();
    private string? _folder;
    private Dictionary<GrainId, GrainRows>? _rows;

    private string Folder => _folder ??= directory.Container(ContainerName);

    /// <summary>The rows as on disk, read from the folder at the first call; call under <see cref="_gate"/>.</summary>
    private Dictionary<GrainId, GrainRows> Rows => _rows ??= Load();

    public Task Init()
    {
        lock (_gate)
            _ = Rows;
        return Task.CompletedTask;
    }

    public Task<ReminderTableData> ReadRows(GrainId grainId)
    {
        lock (_gate)
            return Task.FromResult(new ReminderTableData(Rows.TryGetValue(grainId, out var rows) ? rows.Entries(grainId) : []));
    }

    /// <summary>The rows whose grain hash is in (<paramref name="begin"/>, <paramref name="end"/>], a range that may wrap around.</summary>
    public Task<ReminderTableData> ReadRows(uint begin, uint end)
    {
        lock (_gate)
        {
            return Task.FromResult(new ReminderTableData(Rows
                .Where(grain => begin < end ? grain.Value.Hash > begin && grain.Value.Hash <= end : grain.Value.Hash > begin || grain.Value.Hash <= end)
                .SelectMany(grain => grain.Value.Entries(grain.Key))
                .ToList()));
        }
    }

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
    {
        lock (_gate)
        {
            return Task.FromResult(Rows.TryGetValue(grainId, out var rows) && rows.ByName.TryGetValue(reminderName, out var row)
                ? row.Entry(grainId, reminderName)
                : null);
        }
    }

    public Task<string?> UpsertRow(ReminderEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var path = PathOf(entry.GrainId, entry.ReminderName);
        var row = new Row(entry.GrainId.ToString(), entry.ReminderName, DateTime.SpecifyKind(entry.StartAt, DateTimeKind.Utc), entry.Period);
        lock (_gate)
        {
            // Memory holds what the file holds: its ETag needs no read of the file.
            var grainRows = RowsOf(Rows, entry.GrainId);
            var etag = RecordFile.NextETag(grainRows.ByName.GetValueOrDefault(entry.ReminderName)?.ETag);
            RecordFile.Write(path, etag, JsonSerializer.SerializeToUtf8Bytes(row, Json), CancellationToken.None);
            grainRows.ByName[entry.ReminderName] = new StoredRow(row.StartAt, row.Period, etag);
            return Task.FromResult<string?>(etag);
        }
    }

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
    {
        var path = PathOf(grainId, reminderName);
        lock (_gate)
        {
            var rows = Rows;
            if (!rows.TryGetValue(grainId, out var grainRows) || !grainRows.ByName.TryGetValue(reminderName, out var row) || row.ETag != eTag)
                return Task.FromResult(false);
            DurableFiles.Delete(path);
            grainRows.ByName.Remove(reminderName);
            if (grainRows.ByName.Count == 0)
                rows.Remove(grainId);
            return Task.FromResult(true);
        }
    }

    public Task TestOnlyClearTable()
    {
        lock (_gate)
        {
            foreach (var path in Files())
                DurableFiles.Delete(path);
            _rows = [];
        }
        return Task.CompletedTask;
    }

    private string PathOf(GrainId grainId, string reminderName) =>
        Path.Combine(Folder, FileNames.Of($"{grainId}/{reminderName}"));

    // Temporary files of a write under way start with a dot (DurableFiles); they are not rows.
    private IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Folder).Where(path => !Path.GetFileName(path).StartsWith('.'));

    private Dictionary<GrainId, GrainRows> Load()
    {
        var rows = new Dictionary<GrainId, GrainRows>();
        foreach (var path in Files())
        {
            if (RecordFile.Read(path) is not { } record)
                continue;
            var row = JsonSerializer.Deserialize<Row>(record.Content.Span, Json)
                ?? throw new InvalidDataException($"'{path}' is not a reminder row.");
            RowsOf(rows, GrainId.Parse(row.GrainId)).ByName[row.Name] = new StoredRow(row.StartAt, row.Period, record.ETag);
        }
        return rows;
    }

    /// <summary>The grain's rows, an empty set made for it when it has none (one left empty reads as none).</summary>
    private static GrainRows RowsOf(Dictionary<GrainId, GrainRows> rows, GrainId grainId)
    {
        if (!rows.TryGetValue(grainId, out var grainRows))
            rows[grainId] = grainRows = new GrainRows(grainId.GetUniformHashCode());
        return grainRows;
    }

    /// <summary>A reminder as stored: the grain and name it belongs to, its first tick (UTC) and its period.</summary>
    private sealed record Row(string GrainId, string Name, DateTime StartAt, TimeSpan Period);

    /// <summary>One row in memory, as its file holds it.</summary>
    private sealed record StoredRow(DateTime StartAt, TimeSpan Period, string ETag)
    {
        // A new entry at every read: the reminder service keeps and changes the entries it is given.
        public ReminderEntry Entry(GrainId grainId, string name) =>
            new() { GrainId = grainId, ReminderName = name, StartAt = StartAt, Period = Period, ETag = ETag };
    }

    /// <summary>One grain's rows by reminder name, beside the grain's hash that ranges are read by.</summary>
    private sealed class GrainRows(uint hash)
    {
        public uint Hash { get; } = hash;

        public Dictionary<string, StoredRow> ByName { get; } = new(StringComparer.Ordinal);

        public List<ReminderEntry> Entries(GrainId grainId) => [.. ByName.Select(row => row.Value.Entry(grainId, row.Key))];
    }
}
