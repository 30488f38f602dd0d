using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;

namespace Cooperation.Silo.Tests.Storage;

/// <summary>
/// What a grain storage provider of this project's own must do: the cases of Orleans' Persistence.TestKit (not served
/// here, re-implemented) plus the rules grains rely on (record names, ETag conditions, both clear modes), which Orleans'
/// Azure blob provider follows. One subclass per provider of ours: <see cref="LocalDiskGrainStorageTests"/> (the
/// embedded default's local disk).
/// </summary>
public abstract class GrainStorageConformanceTests
{
    protected const string StateName = "state";
    protected static readonly GrainType TestGrainType = GrainType.Create("testgrain");

    // The real collaborators a silo would inject: Orleans' activators and its System.Text.Json serializer.
    protected static readonly IActivatorProvider Activators =
        new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<IActivatorProvider>();
    protected static readonly SystemTextJsonGrainStorageSerializer Json =
        new(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A provider on this test's own, empty store.</summary>
    protected abstract IGrainStorage CreateStorage(bool deleteStateOnClear = true, IGrainStorageSerializer? serializer = null);

    /// <summary>The names (blob names) of the records this test's store holds, looked at behind the provider's back.</summary>
    protected abstract Task<List<string>> RecordNamesAsync();

    /// <summary>Whether the store holds record <paramref name="name"/>, looked at behind the provider's back.</summary>
    protected async Task<bool> RecordStoredAsync(string name) => (await RecordNamesAsync()).Contains(name);

    /// <summary>A written state reads back equal, with the write's ETag and RecordExists set.</summary>
    [Fact]
    public async Task WriteRead_NewRecord_ReadsBackWrittenValues()
    {
        var storage = CreateStorage();
        var grainId = NewGrainId();
        var written = NewState("Dakar", 7, tags: ["a", "b"]);

        await storage.WriteStateAsync(StateName, grainId, written, Ct);
        var read = await ReadAsync(storage, grainId);

        Assert.True(written.RecordExists);
        Assert.False(string.IsNullOrEmpty(written.ETag));
        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal("Dakar", read.State!.Name);
        Assert.Equal(7, read.State!.Count);
        Assert.Equal(["a", "b"], read.State!.Tags);
    }

    /// <summary>After write then clear, a read finds no record, a fresh state and no ETag.</summary>
    [Fact]
    public async Task WriteClearRead_Cleared_ReadsNoRecord()
    {
        var storage = CreateStorage();
        var grainId = NewGrainId();
        var state = NewState("Thiès", 3);

        await storage.WriteStateAsync(StateName, grainId, state, Ct);
        await storage.ClearStateAsync(StateName, grainId, state, Ct);
        var read = await ReadAsync(storage, grainId);

        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        Assert.NotNull(read.State);
        Assert.Null(read.State!.Name);
        Assert.Equal(0, read.State!.Count);
    }

    /// <summary>
    /// A second activation that never read the record (ETag null) cannot overwrite it: create-only write fails and
    /// the first value stays.
    /// </summary>
    [Fact]
    public async Task WriteStateAsync_DuplicateWithoutETag_ThrowsInconsistentStateException()
    {
        var storage = CreateStorage();
        var grainId = NewGrainId();
        await storage.WriteStateAsync(StateName, grainId, NewState("first", 1), Ct);

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.WriteStateAsync(StateName, grainId, NewState("second", 2), Ct));

        Assert.Equal("first", (await ReadAsync(storage, grainId)).State!.Name);
    }

    /// <summary>A write with an ETag someone else already replaced fails and leaves the newer value stored.</summary>
    [Fact]
    public async Task WriteStateAsync_StaleETag_ThrowsAndKeepsStoredValue()
    {
        var storage = CreateStorage();
        var grainId = NewGrainId();
        var original = NewState("v1", 1);
        await storage.WriteStateAsync(StateName, grainId, original, Ct);
        var staleETag = original.ETag;
        var other = NewState("v2", 2, etag: staleETag);
        await storage.WriteStateAsync(StateName, grainId, other, Ct);

        var stale = NewState("v3", 3, etag: staleETag);
        var error = await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.WriteStateAsync(StateName, grainId, stale, Ct));

        Assert.Equal(staleETag, error.CurrentEtag);
        Assert.Contains(GrainStateRecords.NameOf(StateName, grainId), error.Message);
        Assert.Equal(staleETag, stale.ETag);
        var read = await ReadAsync(storage, grainId);
        Assert.Equal("v2", read.State!.Name);
        Assert.Equal(other.ETag, read.ETag);
    }

    /// <summary>Many grains written and read at the same time each get their own value back.</summary>
    [Fact]
    public async Task WriteRead_ManyGrainsInParallel_EachReadsItsOwnValue()
    {
        var storage = CreateStorage();
        var grains = Enumerable.Range(0, 64).Select(i => (Id: NewGrainId(), Count: i)).ToList();

        await Task.WhenAll(grains.Select(g => storage.WriteStateAsync(StateName, g.Id, NewState($"grain {g.Count}", g.Count), Ct)));
        var reads = await Task.WhenAll(grains.Select(g => ReadAsync(storage, g.Id)));

        Assert.All(grains.Zip(reads), pair =>
        {
            Assert.True(pair.Second.RecordExists);
            Assert.Equal(pair.First.Count, pair.Second.State!.Count);
            Assert.Equal($"grain {pair.First.Count}", pair.Second.State!.Name);
        });
    }

    /// <summary>Reading a grain that never stored anything gives no record, no ETag and a usable state.</summary>
    [Fact]
    public async Task ReadStateAsync_NoRecord_ReturnsFreshStateWithoutETag()
    {
        var read = new GrainState<TestState> { ETag = "leftover", RecordExists = true };

        await CreateStorage().ReadStateAsync(StateName, NewGrainId(), read, Ct);

        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        Assert.NotNull(read.State);
        Assert.Empty(read.State!.Tags);
    }

    /// <summary>Clearing a grain that never wrote succeeds in both clear modes and leaves no record.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ClearStateAsync_BeforeWrite_Succeeds(bool deleteStateOnClear)
    {
        var storage = CreateStorage(deleteStateOnClear);
        var grainId = NewGrainId();
        var state = new GrainState<TestState>();

        await storage.ClearStateAsync(StateName, grainId, state, Ct);

        Assert.False(state.RecordExists);
        Assert.NotNull(state.State);
        Assert.False((await ReadAsync(storage, grainId)).RecordExists);
    }

    /// <summary>
    /// A clear changes the ETag: to none when the blob is deleted, to the empty blob's new ETag when it is kept.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ClearStateAsync_AfterWrite_UpdatesETag(bool deleteStateOnClear)
    {
        var storage = CreateStorage(deleteStateOnClear);
        var grainId = NewGrainId();
        var state = NewState("Ziguinchor", 5);
        await storage.WriteStateAsync(StateName, grainId, state, Ct);
        var writtenETag = state.ETag;

        await storage.ClearStateAsync(StateName, grainId, state, Ct);

        Assert.False(state.RecordExists);
        Assert.Null(state.State!.Name);
        if (deleteStateOnClear)
        {
            Assert.Null(state.ETag);
            Assert.False(await RecordStoredAsync(GrainStateRecords.NameOf(StateName, grainId)));
        }
        else
        {
            Assert.False(string.IsNullOrEmpty(state.ETag));
            Assert.NotEqual(writtenETag, state.ETag);
        }
    }

    /// <summary>After a clear, a read finds no record and a write with what was read succeeds.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadStateAsync_AfterClear_NoRecordAndWritableAgain(bool deleteStateOnClear)
    {
        var storage = CreateStorage(deleteStateOnClear);
        var grainId = NewGrainId();
        var state = NewState("Kaolack", 1);
        await storage.WriteStateAsync(StateName, grainId, state, Ct);
        await storage.ClearStateAsync(StateName, grainId, state, Ct);

        var read = await ReadAsync(storage, grainId);
        Assert.False(read.RecordExists);
        Assert.Equal(state.ETag, read.ETag);

        read.State!.Name = "Kaolack again";
        await storage.WriteStateAsync(StateName, grainId, read, Ct);
        Assert.Equal("Kaolack again", (await ReadAsync(storage, grainId)).State!.Name);
    }

    /// <summary>Clearing the same state several times in a row succeeds every time.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ClearStateAsync_Repeatedly_Succeeds(bool deleteStateOnClear)
    {
        var storage = CreateStorage(deleteStateOnClear);
        var grainId = NewGrainId();
        var state = NewState("Louga", 2);
        await storage.WriteStateAsync(StateName, grainId, state, Ct);

        for (var i = 0; i < 3; i++)
            await storage.ClearStateAsync(StateName, grainId, state, Ct);

        Assert.False(state.RecordExists);
        Assert.False((await ReadAsync(storage, grainId)).RecordExists);
    }

    /// <summary>Two state names of one grain are two records: writing or clearing one leaves the other.</summary>
    [Fact]
    public async Task WriteRead_TwoStateNames_UseIndependentRecords()
    {
        var storage = CreateStorage();
        var grainId = NewGrainId();
        var first = NewState("first", 1);
        await storage.WriteStateAsync("first", grainId, first, Ct);
        await storage.WriteStateAsync("second", grainId, NewState("second", 2), Ct);

        await storage.ClearStateAsync("first", grainId, first, Ct);

        var readFirst = new GrainState<TestState>();
        await storage.ReadStateAsync("first", grainId, readFirst, Ct);
        var readSecond = new GrainState<TestState>();
        await storage.ReadStateAsync("second", grainId, readSecond, Ct);
        Assert.False(readFirst.RecordExists);
        Assert.True(readSecond.RecordExists);
        Assert.Equal("second", readSecond.State!.Name);
    }

    /// <summary>A clear with a stale ETag fails and the newer stored value survives.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ClearStateAsync_StaleETag_ThrowsAndKeepsStoredValue(bool deleteStateOnClear)
    {
        var storage = CreateStorage(deleteStateOnClear);
        var grainId = NewGrainId();
        var original = NewState("v1", 1);
        await storage.WriteStateAsync(StateName, grainId, original, Ct);
        await storage.WriteStateAsync(StateName, grainId, NewState("v2", 2, etag: original.ETag), Ct);

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.ClearStateAsync(StateName, grainId, original, Ct));

        var read = await ReadAsync(storage, grainId);
        Assert.True(read.RecordExists);
        Assert.Equal("v2", read.State!.Name);
    }

    /// <summary>
    /// String keys, including accented and Cyrillic place names and URL-special characters, round-trip and land in
    /// a blob named exactly <c>{state}-{grainId}.json</c>.
    /// </summary>
    [Theory]
    [InlineData("plain-key")]
    [InlineData("Guédiawaye")]
    [InlineData("Besançon")]
    [InlineData("Кооперация-Москва")]
    [InlineData("São Tomé / Príncipe")]
    [InlineData("a?b#c%d&e+f")]
    public async Task WriteRead_StringKey_RoundTripsUnderExactBlobName(string key)
    {
        var storage = CreateStorage();
        var grainId = GrainId.Create(TestGrainType, key);

        await storage.WriteStateAsync(StateName, grainId, NewState(key, 1), Ct);
        var read = await ReadAsync(storage, grainId);

        Assert.True(read.RecordExists);
        Assert.Equal(key, read.State!.Name);
        var names = await RecordNamesAsync();
        Assert.Equal([$"{StateName}-testgrain/{key}.json"], names);
    }

    /// <summary>Integer keys round-trip, and neighbouring keys do not share a record.</summary>
    [Fact]
    public async Task WriteRead_IntegerKeys_RoundTripIndependently()
    {
        var storage = CreateStorage();
        var grain42 = GrainId.Create(TestGrainType, GrainIdKeyExtensions.CreateIntegerKey(42));
        var grain43 = GrainId.Create(TestGrainType, GrainIdKeyExtensions.CreateIntegerKey(43));

        await storage.WriteStateAsync(StateName, grain42, NewState("forty-two", 42), Ct);
        var read42 = await ReadAsync(storage, grain42);
        var read43 = await ReadAsync(storage, grain43);

        Assert.Equal(42, read42.State!.Count);
        Assert.False(read43.RecordExists);
    }

    /// <summary>Every write gives the record a new, non-empty ETag.</summary>
    [Fact]
    public async Task WriteStateAsync_SuccessiveWrites_ChangeETag()
    {
        var storage = CreateStorage();
        var grainId = NewGrainId();
        var state = NewState("one", 1);

        await storage.WriteStateAsync(StateName, grainId, state, Ct);
        var first = state.ETag;
        state.State!.Count = 2;
        await storage.WriteStateAsync(StateName, grainId, state, Ct);

        Assert.False(string.IsNullOrEmpty(first));
        Assert.False(string.IsNullOrEmpty(state.ETag));
        Assert.NotEqual(first, state.ETag);
    }

    /// <summary>Writing identical values again still changes the ETag (a write is a new version).</summary>
    [Fact]
    public async Task WriteStateAsync_SameValues_UpdatesETag()
    {
        var storage = CreateStorage();
        var grainId = NewGrainId();
        var state = NewState("same", 1);

        await storage.WriteStateAsync(StateName, grainId, state, Ct);
        var first = state.ETag;
        await storage.WriteStateAsync(StateName, grainId, state, Ct);

        Assert.NotEqual(first, state.ETag);
        Assert.Equal(state.ETag, (await ReadAsync(storage, grainId)).ETag);
    }

    /// <summary>A cancelled token reaches the storage calls of read, write and clear.</summary>
    [Fact]
    public async Task Operations_CancelledToken_ThrowOperationCanceled()
    {
        var storage = CreateStorage();
        var grainId = NewGrainId();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => storage.ReadStateAsync(StateName, grainId, new GrainState<TestState>(), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => storage.WriteStateAsync(StateName, grainId, NewState("never", 1), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => storage.ClearStateAsync(StateName, grainId, NewState("never", 1), cancelled.Token));

        Assert.Empty(await RecordNamesAsync());
    }

    /// <summary>The overloads without a token behave like the others (Orleans may call either).</summary>
    [Fact]
    public async Task WriteReadClear_OverloadsWithoutToken_Work()
    {
        var storage = CreateStorage();
        var grainId = NewGrainId();
        var state = NewState("no token", 1);

        await storage.WriteStateAsync(StateName, grainId, state);
        var read = new GrainState<TestState>();
        await storage.ReadStateAsync(StateName, grainId, read);
        await storage.ClearStateAsync(StateName, grainId, read);

        Assert.Equal("no token", state.State!.Name);
        Assert.False(read.RecordExists);
        Assert.Empty(await RecordNamesAsync());
    }

    /// <summary>A serializer without the streaming interface goes through the whole-buffer path and round-trips.</summary>
    [Fact]
    public async Task WriteRead_NonStreamingSerializer_RoundTrips()
    {
        var storage = CreateStorage(serializer: new NonStreamingSerializer(Json));
        var grainId = NewGrainId();

        await storage.WriteStateAsync(StateName, grainId, NewState("Rufisque", 9, tags: ["x"]), Ct);
        var read = await ReadAsync(storage, grainId);

        Assert.Equal("Rufisque", read.State!.Name);
        Assert.Equal(["x"], read.State!.Tags);
    }

    /// <summary>
    /// Writing A, then B, then A again makes a new version each time: whoever still holds the first version's ETag
    /// cannot overwrite the third, although the content is the same.
    /// </summary>
    [Fact]
    public async Task WriteStateAsync_SameContentAgainAfterAChange_StaleHolderRefused()
    {
        var storage = CreateStorage();
        var grainId = NewGrainId();
        var current = NewState("A", 1);
        await storage.WriteStateAsync(StateName, grainId, current, Ct);
        var stale = NewState("stale", 9, etag: current.ETag);
        current.State!.Name = "B";
        await storage.WriteStateAsync(StateName, grainId, current, Ct);
        current.State!.Name = "A";
        await storage.WriteStateAsync(StateName, grainId, current, Ct);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grainId, stale, Ct));

        Assert.Equal("A", (await ReadAsync(storage, grainId)).State!.Name);
    }

    /// <summary>A record deleted and created again never takes back an ETag of its earlier life.</summary>
    [Fact]
    public async Task WriteStateAsync_ETagOfADeletedRecord_RefusedOnTheNewOne()
    {
        var storage = CreateStorage();
        var grainId = NewGrainId();
        var first = NewState("first life", 1);
        await storage.WriteStateAsync(StateName, grainId, first, Ct);
        var stale = NewState("stale", 9, etag: first.ETag);
        await storage.ClearStateAsync(StateName, grainId, first, Ct);
        await storage.WriteStateAsync(StateName, grainId, NewState("second life", 2), Ct);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grainId, stale, Ct));

        Assert.Equal("second life", (await ReadAsync(storage, grainId)).State!.Name);
    }

    protected static GrainId NewGrainId() => GrainId.Create(TestGrainType, Guid.NewGuid().ToString("N"));

    protected static GrainState<TestState> NewState(string name, int count, string? etag = null, string[]? tags = null) =>
        new() { State = new TestState { Name = name, Count = count, Tags = [.. tags ?? []] }, ETag = etag };

    protected static async Task<GrainState<TestState>> ReadAsync(IGrainStorage storage, GrainId grainId)
    {
        var state = new GrainState<TestState>();
        await storage.ReadStateAsync(StateName, grainId, state, Ct);
        return state;
    }
}
