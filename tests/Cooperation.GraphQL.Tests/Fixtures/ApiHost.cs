using Cooperation.Testing;

namespace Cooperation.GraphQL.Tests.Fixtures;

/// <summary>
/// The API as <c>./run</c> starts it — Kestrel, the in-process silo, the seed task — on free loopback ports, on blob
/// storage (Azurite: the provider Azure deployments use) with its grain state in the given container, reached over real
/// HTTP. The local-disk store of <c>./run</c> itself is tested apart (Storage tests, <c>Http/CrashTests</c>).
/// </summary>
public sealed class ApiHost : IAsyncDisposable
{
    public const string ConnectionVariable = "COOPERATION_TEST_BLOB_CONNECTION";

    /// <summary>The password of every demo person in the tests' hosts.</summary>
    public const string DemoPassword = "mot-de-passe-de-test";

    // One key per test run: tokens of one host are valid on the next one (a restart keeps sessions).
    private static readonly string SigningKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    private readonly WebApplication _app;

    private ApiHost(WebApplication app, HttpClient http)
    {
        _app = app;
        Http = http;
    }

    public HttpClient Http { get; }

    /// <summary>Where Kestrel listens, e.g. to put a link emulator in front.</summary>
    public Uri Address => Http.BaseAddress!;

    /// <summary>The TLS port (HTTP/2 and HTTP/1.1 by ALPN), when the host was started with a certificate.</summary>
    public Uri? SecureAddress => EmbeddedApi.AddressOf(_app, Uri.UriSchemeHttps);

    /// <summary>The storage the tests run against, exported by <c>./test</c>.</summary>
    public static string StorageConnection =>
        Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } connection
            ? connection
            : throw new InvalidOperationException($"{ConnectionVariable} is not set: run ./test, which starts Azurite and exports it.");

    /// <summary>The host's services: the schema, the grain factory.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Where a host on <paramref name="containerName"/> keeps uploaded photos.</summary>
    public static string AttachmentsContainerOf(string containerName) => EmbeddedApi.AttachmentsContainerOf(containerName);

    /// <param name="settings">Configuration over the defaults below (e.g. a sign-in limit).</param>
    /// <param name="time">A clock the test moves by hand; the system clock otherwise.</param>
    /// <param name="logs">Receives every log line of the host, at every level.</param>
    /// <param name="services">Services added to the host's own (e.g. a grain call filter that counts).</param>
    /// <param name="certificate">Also serves TLS with it on a second port (<see cref="SecureAddress"/>).</param>
    public static async Task<ApiHost> StartAsync(
        string containerName, IDictionary<string, string?>? settings = null, TimeProvider? time = null, CapturedLogs? logs = null,
        Action<IServiceCollection>? services = null, System.Security.Cryptography.X509Certificates.X509Certificate2? certificate = null)
    {
        var builder = EmbeddedApi.CreateBuilder(StorageConnection, containerName, SigningKey, DemoPassword);
        if (certificate is not null)
            EmbeddedApi.ServeTls(builder, certificate);
        services?.Invoke(builder.Services);
        if (time is not null)
            builder.Services.AddSingleton(time);
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
            builder.Logging.AddFilter<CapturedLogs>(_ => true);
        }
        // Most tests send GraphQL text without signing in; the persisted-document tests turn this off.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Cooperation:Api:AllowAnonymousQueryText"] = "true" });
        if (settings is not null)
            builder.Configuration.AddInMemoryCollection(settings);

        var (app, address) = await EmbeddedApi.StartAsync(builder, TestContext.Current.CancellationToken);
        return new ApiHost(app, new HttpClient { BaseAddress = address });
    }

    /// <summary>Stops the host as Ctrl-C does: the silo shuts down gracefully.</summary>
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public static string RepositoryRoot() => EmbeddedApi.RepositoryRoot();
}
