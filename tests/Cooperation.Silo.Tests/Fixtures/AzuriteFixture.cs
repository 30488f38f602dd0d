using Azure.Storage.Blobs;

namespace Cooperation.Silo.Tests.Fixtures;

/// <summary>
/// The Azurite (or real storage account) the blob storage tests run against, from
/// <c>COOPERATION_TEST_BLOB_CONNECTION</c>. Missing or unreachable storage fails the tests with the fix in the message:
/// these are conformance tests, skipping them would report a pass that proves nothing.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>The environment variable holding the connection string (exported by <c>./test</c>).</summary>
    public const string ConnectionVariable = "COOPERATION_TEST_BLOB_CONNECTION";

    private const string HowToRun =
        "Run ./test (it starts Azurite in memory and exports the variable), or start Azurite yourself: " +
        "node_modules/.bin/azurite-blob --inMemoryPersistence --skipApiVersionCheck --blobHost 127.0.0.1 --blobPort 10100 --silent & " +
        "and export " + ConnectionVariable + "='DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=<the Azurite key>;" +
        "BlobEndpoint=http://127.0.0.1:10100/devstoreaccount1;'.";

    private BlobServiceClient? _service;

    /// <summary>The connection string from the environment.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>A client for arranging and inspecting containers behind the provider's back.</summary>
    public BlobServiceClient Service => _service ?? throw new InvalidOperationException("The Azurite fixture is not initialized.");

    /// <summary>Reads the connection string and checks the storage answers, failing with instructions otherwise.</summary>
    public async ValueTask InitializeAsync()
    {
        var connectionString = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException($"{ConnectionVariable} is not set, so the blob storage tests have no storage to run against. {HowToRun}");

        ConnectionString = connectionString;
        // No retries for the probe: an absent Azurite should fail in a moment, not after the SDK's back-off.
        var probeOptions = new BlobClientOptions();
        probeOptions.Retry.MaxRetries = 0;
        try
        {
            await new BlobServiceClient(connectionString, probeOptions).GetPropertiesAsync(TestContext.Current.CancellationToken);
        }
        catch (Exception exception) when (exception is Azure.RequestFailedException or AggregateException or HttpRequestException)
        {
            throw new InvalidOperationException(
                $"The blob storage in {ConnectionVariable} does not answer ({exception.Message}). {HowToRun}", exception);
        }
        _service = new BlobServiceClient(connectionString);
    }

    /// <summary>Nothing to release: each test deletes its own containers.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>A container name no other test uses (valid: <c>test-</c> plus 32 hex digits).</summary>
    public static string NewContainerName() => $"test-{Guid.NewGuid():N}";
}
