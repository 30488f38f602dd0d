using System.Text;
using System.Text.Json;
using Cooperation.Silo.Storage.LocalDisk;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cooperation.Silo.Tests.Storage;

/// <summary>
/// <see cref="LocalDiskGrainStorage"/>, the embedded default's grain storage: the shared conformance cases, plus what
/// only a folder on disk raises (file names from any key, one process per folder, leftovers of a crash).
/// </summary>
/// <remarks>Each test gets its own data folder, deleted afterwards.</remarks>
public sealed class LocalDiskGrainStorageTests : GrainStorageConformanceTests, IDisposable
{
    private const string ContainerName = "grainstate";

    private readonly TempFolder _temp = new();
    private readonly DataDirectory _directory;

    public LocalDiskGrainStorageTests() => _directory = new DataDirectory(_temp.Path);

    private string Folder => Path.Combine(_temp.Path, ContainerName);

    public void Dispose()
    {
        _directory.Dispose();
        _temp.Dispose();
    }

    /// <summary>A record is one file: its ETag on the first line, then the serializer's JSON, readable with any tool.</summary>
    [Fact]
    public async Task WriteStateAsync_NewRecord_StoresETagLineThenJson()
    {
        var grainId = GrainId.Create(TestGrainType, "Besançon");
        var state = NewState("Besançon", 4);
        await CreateStorage().WriteStateAsync(StateName, grainId, state, Ct);

        var file = Path.Combine(Folder, "state-testgrain%2F%42esan%C3%A7on.json");
        var text = await File.ReadAllTextAsync(file, Ct);

        var lineBreak = text.IndexOf('\n');
        Assert.Equal(state.ETag, text[..lineBreak]);
        using var json = JsonDocument.Parse(text[(lineBreak + 1)..]);
        Assert.Equal("Besançon", json.RootElement.GetProperty("Name").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("Count").GetInt32());
    }

    /// <summary>Keys that look like paths stay files of the folder: nothing is written outside it.</summary>
    [Theory]
    [InlineData("../../outside")]
    [InlineData("..")]
    [InlineData("/etc/passwd")]
    [InlineData(".hidden")]
    public async Task WriteStateAsync_KeyLikeAPath_StaysInTheFolder(string key)
    {
        var storage = CreateStorage();
        var grainId = GrainId.Create(TestGrainType, key);

        await storage.WriteStateAsync(StateName, grainId, NewState(key, 1), Ct);

        Assert.Equal(key, (await ReadAsync(storage, grainId)).State!.Name);
        Assert.Equal([Path.Combine(Folder, FileNames.Of($"{StateName}-testgrain/{key}.json"))], Directory.GetFiles(_temp.Path, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".lock")));
    }

    /// <summary>Keys differing only by case are two records, even where the file system ignores case (macOS, Windows).</summary>
    [Fact]
    public async Task WriteRead_KeysDifferingOnlyByCase_TwoRecords()
    {
        var storage = CreateStorage();
        var upper = GrainId.Create(TestGrainType, "Besançon");
        var lower = GrainId.Create(TestGrainType, "besançon");

        await storage.WriteStateAsync(StateName, upper, NewState("upper", 1), Ct);
        await storage.WriteStateAsync(StateName, lower, NewState("lower", 2), Ct);

        Assert.Equal("upper", (await ReadAsync(storage, upper)).State!.Name);
        Assert.Equal("lower", (await ReadAsync(storage, lower)).State!.Name);
        Assert.Equal(2, (await RecordNamesAsync()).Select(n => FileNames.Of(n).ToLowerInvariant()).Distinct().Count());
    }

    /// <summary>Keys too long for a file name get a shortened one; two such keys differing only at the end stay apart.</summary>
    [Fact]
    public async Task WriteRead_VeryLongKeys_ShortenedFileNamesStayApart()
    {
        var storage = CreateStorage();
        var first = GrainId.Create(TestGrainType, new string('é', 400) + "1");
        var second = GrainId.Create(TestGrainType, new string('é', 400) + "2");

        await storage.WriteStateAsync(StateName, first, NewState("first", 1), Ct);
        await storage.WriteStateAsync(StateName, second, NewState("second", 2), Ct);

        Assert.Equal("first", (await ReadAsync(storage, first)).State!.Name);
        Assert.Equal("second", (await ReadAsync(storage, second)).State!.Name);
        Assert.All(Directory.GetFiles(Folder), file => Assert.True(Path.GetFileName(file).Length <= 200));
    }

    /// <summary>
    /// What a write killed before its rename leaves (a temporary file beside the record) changes nothing: the record
    /// reads as it was, and the next write goes through.
    /// </summary>
    [Fact]
    public async Task ReadStateAsync_TemporaryFileLeftByACrash_Ignored()
    {
        var storage = CreateStorage();
        var grainId = NewGrainId();
        var state = NewState("before the crash", 1);
        await storage.WriteStateAsync(StateName, grainId, state, Ct);
        var record = FileNames.Of(GrainStateRecords.NameOf(StateName, grainId));
        await File.WriteAllTextAsync(Path.Combine(Folder, $".{record}.{Guid.NewGuid():N}.tmp"), "half a rec", Ct);

        var read = await ReadAsync(storage, grainId);
        read.State!.Count = 2;
        await storage.WriteStateAsync(StateName, grainId, read, Ct);

        Assert.Equal("before the crash", read.State.Name);
        Assert.Equal(2, (await ReadAsync(storage, grainId)).State!.Count);
        Assert.Single(await RecordNamesAsync());
    }

    /// <summary>A file that is not a record (no ETag line) fails the read rather than passing for an empty state.</summary>
    [Fact]
    public async Task ReadStateAsync_NotARecord_Refused()
    {
        var storage = CreateStorage();
        var grainId = NewGrainId();
        await storage.WriteStateAsync(StateName, grainId, NewState("x", 1), Ct);
        await File.WriteAllBytesAsync(Path.Combine(Folder, FileNames.Of(GrainStateRecords.NameOf(StateName, grainId))), Encoding.UTF8.GetBytes("{\"Name\":\"x\"}"), Ct);

        await Assert.ThrowsAsync<InvalidDataException>(() => ReadAsync(storage, grainId));
    }

    /// <summary>
    /// One process per data folder: a second one is refused, in French and English, while the first holds it, and
    /// gets it once the first lets go.
    /// </summary>
    [Fact]
    public async Task Claim_FolderHeldElsewhere_RefusedInFrenchAndEnglishUntilReleased()
    {
        await CreateStorage().WriteStateAsync(StateName, NewGrainId(), NewState("held", 1), Ct);
        using var second = new DataDirectory(_temp.Path);

        var refused = Assert.Throws<DataDirectoryInUseException>(second.Claim);
        _directory.Dispose();
        second.Claim();

        Assert.Contains("sont déjà utilisées par un autre processus", refused.Message);
        Assert.Contains("is already in use by another Cooperation process", refused.Message);
        Assert.Contains(_temp.Path, refused.Message);
    }

    /// <summary>The folder is claimed at the provider's silo lifecycle stage, before any grain reads.</summary>
    [Fact]
    public async Task Participate_SiloLifecycleStarts_ClaimsFolder()
    {
        var storage = (LocalDiskGrainStorage)CreateStorage();
        var lifecycle = new SiloLifecycleSubject(NullLogger<SiloLifecycleSubject>.Instance);
        using var other = new DataDirectory(_temp.Path);

        storage.Participate(lifecycle);
        other.Claim();
        other.Dispose();
        await lifecycle.OnStart(Ct);

        Assert.Throws<DataDirectoryInUseException>(() => new DataDirectory(_temp.Path).Claim());
        Assert.True(Directory.Exists(Folder));
    }

    protected override IGrainStorage CreateStorage(bool deleteStateOnClear = true, IGrainStorageSerializer? serializer = null) =>
        new LocalDiskGrainStorage("test",
            new LocalDiskGrainStorageOptions
            {
                Directory = _temp.Path,
                ContainerName = ContainerName,
                DeleteStateOnClear = deleteStateOnClear,
                GrainStorageSerializer = serializer ?? Json,
            },
            _directory,
            Activators,
            NullLogger<LocalDiskGrainStorage>.Instance);

    protected override Task<List<string>> RecordNamesAsync() => Task.FromResult(
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder).Select(f => FileNames.NameOf(Path.GetFileName(f))).OfType<string>().ToList()
            : []);
}
