using Cooperation.Grains.Notices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Cooperation.Grains.Tests.Fixtures;

/// <summary>
/// One in-process cluster of two silos shared by every grain test; each test uses its own partnership slug.
/// </summary>
/// <remarks>
/// Grain state goes to Orleans' memory storage here, through <see cref="StorageLog"/>, serialised as the silo does: these tests are about grain behaviour. The storage
/// providers have their own conformance tests (local disk, and Azure blob storage on Azurite). Grains read the time from <see cref="Time"/>, which
/// only moves when a test moves it; Orleans' own timers (membership, messaging, directory) keep the real clock.
/// </remarks>
public sealed class ClusterFixture : IAsyncLifetime
{
    private InProcessTestCluster? _cluster;

    private const string MemoryStorage = "memory";

    public IGrainFactory Grains => _cluster?.Client ?? throw new InvalidOperationException("The cluster is not deployed.");

    /// <summary>The grain storage the grains use (through <see cref="StorageLog"/>), to write a state as an older version stored it.</summary>
    public IGrainStorage Storage => ((InProcessSiloHandle)(_cluster ?? throw new InvalidOperationException("The cluster is not deployed.")).Silos[0])
        .SiloHost.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Cooperation);

    /// <summary>The grains' clock, shared by every test: it starts at the real time and moves only by Advance.</summary>
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The SMTP relay the notices are mailed through, in memory.</summary>
    public TestMail Mail { get; } = new();

    /// <summary>The calls the grains receive, shared by both silos: what one action costs.</summary>
    public GrainCalls Calls { get; } = new();

    /// <summary>The people whose notices are out of reach, for the tests of a notice that must not be lost.</summary>
    public NoticeOutage Notices { get; } = new();

    public async ValueTask InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder();
        builder.ConfigureSilo((_, silo) =>
        {
            // As the silo stores records: a grain that reactivates reads what it wrote, as it would in production.
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.AddMemoryGrainStorage(MemoryStorage);
            silo.Services.AddKeyedSingleton<IGrainStorage>(StorageNames.Cooperation,
                (services, _) => new StorageLog(services.GetRequiredKeyedService<IGrainStorage>(MemoryStorage)));
            silo.Services.AddSingleton<TimeProvider>(Time);
            silo.Services.AddSingleton<IMailSender>(Mail);
            silo.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            silo.UseInMemoryReminderService();
            silo.AddIncomingGrainCallFilter(Calls);
            silo.AddIncomingGrainCallFilter(Notices);
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
            await _cluster.DisposeAsync();
    }

    /// <summary>
    /// Puts a state in the grain's storage, as an earlier version of the platform left it: the grain, not yet active,
    /// reads it when first called.
    /// </summary>
    public async Task StoreAsync<TState>(IAddressable grain, string stateName, TState state)
    {
        var silo = _cluster?.Silos[0] ?? throw new InvalidOperationException("The cluster is not deployed.");
        var storage = silo.ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Cooperation);
        await storage.WriteStateAsync(stateName, grain.GetGrainId(), new GrainState<TState>(state));
    }

    /// <summary>The reminder called <paramref name="name"/> of <paramref name="grain"/>, or null when none is scheduled.</summary>
    public Task<ReminderEntry?> ReminderAsync(IAddressable grain, string name) =>
        Reminders.ReadAsync(_cluster ?? throw new InvalidOperationException("The cluster is not deployed."), grain, name);

    /// <summary>A slug no other test uses.</summary>
    public static string NewSlug(string prefix = "test") => $"{prefix}-{Guid.NewGuid():N}";
}
