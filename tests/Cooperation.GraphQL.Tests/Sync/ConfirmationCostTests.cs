using System.Diagnostics.Metrics;
using Cooperation.FieldAgent;
using Cooperation.GraphQL.Tests.Documents;
using Cooperation.Silo.Diagnostics;
using static Cooperation.GraphQL.Tests.Shipments.ShipmentRequests;

namespace Cooperation.GraphQL.Tests.Sync;

/// <summary>
/// What one « reçu » costs the server when the phone sends it: one sync carrying one confirmShipmentItems, counted by
/// the silo's own counters (grain calls received, grain state records written). The counts are the same on every run;
/// a confirmation that costs more makes every agent's day slower and every partnership's storage busier.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ConfirmationCostTests(ApiFixture api)
{
    private const string Seneclic = "seneclic";

    [Fact]
    public async Task Confirmation_OneItemInOneSync_AtMostFourGrainCallsAndTwoStorageWrites()
    {
        using var costs = new CostRecorder(api.Services.GetRequiredService<IMeterFactory>());
        var shipment = await ShippedAsync(api.Http, await api.TokenAsync(People.BesanconNorth), Seneclic, Guid.NewGuid().ToString("N")[..10].ToUpperInvariant());
        using var http = FieldAgentClient.CreateHttpClient(api.Http.BaseAddress!);
        var phone = new FieldAgentClient(http, ClientOperations.Load(ClientDocuments.ManifestPath)) { AccessToken = await api.TokenAsync(SeneclicSouth) };
        // A first confirmation wakes what the phone reaches; the one counted is any of the day's after it.
        phone.Queue("confirmShipmentItems", AgentDay.Confirmation(NewId("first"), shipment, "i1", "RECEIVED"));
        Assert.Equal(1, (await phone.SyncAsync(Seneclic, TestContext.Current.CancellationToken)).Acknowledged);
        await costs.SettleAsync(cancellationToken: TestContext.Current.CancellationToken);
        costs.Reset();

        phone.Queue("confirmShipmentItems", AgentDay.Confirmation(NewId("counted"), shipment, "i2", "RECEIVED"));
        var answer = await phone.SyncAsync(Seneclic, TestContext.Current.CancellationToken);
        await costs.SettleAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1, answer.Acknowledged);
        var counted = costs.Snapshot();
        Assert.Multiple(
            () => Assert.True(counted.GrainCalls <= 4, $"{counted.GrainCalls} grain calls for one confirmation (at most 4): {counted.DescribeGrainCalls()}"),
            // A journal seal (once per 64 lines of a list) may fall on any confirmation, depending on what ran before.
            () => Assert.True(counted.StateWrites <= 2, $"{counted.StateWrites} grain state writes for one confirmation (at most 2): {counted.DescribeStorageWrites()}"),
            () => Assert.True(counted.JournalWrites <= 4, $"{counted.JournalWrites} journal writes for one confirmation (at most one seal per list): {counted.DescribeStorageWrites()}"));
    }
}
