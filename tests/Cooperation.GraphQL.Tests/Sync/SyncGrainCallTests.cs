using Cooperation.GraphQL.Tests.Documents;
using static Cooperation.GraphQL.Tests.Shipments.ShipmentRequests;

namespace Cooperation.GraphQL.Tests.Sync;

/// <summary>
/// What one « Tout reçu » costs the API on the wire to its grains: the sync runs the confirmation once, decides access
/// from the person's memberships read with her token (kept between her requests), and shows the shipment the confirmation returned instead of
/// reading it again.
/// </summary>
/// <remarks>A host of its own: the counter must see only this test's requests.</remarks>
public sealed class SyncGrainCallTests : IAsyncLifetime
{
    private const string Seneclic = "seneclic";

    private readonly CountedApiHost _host = new("synccalls");

    public ValueTask InitializeAsync() => _host.InitializeAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    /// <summary>
    /// The web client's own Sync document with one confirmation, after a first sync with the same token: the token's
    /// session and account were read for that one and are kept, so the API makes two calls — the confirmation and the
    /// changes — and the changed shipment comes back with the confirmed item.
    /// </summary>
    [Fact]
    public async Task Sync_OneConfirmation_TwoGrainCallsFromTheApi()
    {
        var http = _host.Http;
        var shipment = await ShippedAsync(http, (await http.SignInAsync(People.BesanconNorth)).AccessToken, Seneclic, NewId("calls")[^10..].ToUpperInvariant());
        var fatou = (await http.SignInAsync(SeneclicSouth)).AccessToken;
        var sync = ClientDocuments.Manifest().Values.Single(d => ClientDocuments.OperationName(d) == "Sync");
        var (_, first) = await http.PostGraphQLAsync(sync, new { input = new { partnershipId = Seneclic, actions = Array.Empty<object>() } }, fatou);
        var since = first["data"]!["sync"]!["changes"]!["cursor"]!.GetValue<string>();
        var action = NewId("calls");

        _host.Calls.Clear();
        var (_, body) = await http.PostGraphQLAsync(sync, new
        {
            input = new
            {
                partnershipId = Seneclic,
                since,
                actions = new[] { new { confirmShipmentItems = new { clientMutationId = action, shipmentId = shipment, verdicts = new[] { new { itemId = "i1", verdict = "RECEIVED" } } } } },
            },
        }, fatou);

        TestContext.Current.TestOutputHelper?.WriteLine($"From the API: {string.Join(", ", _host.Calls.FromApi)}");
        TestContext.Current.TestOutputHelper?.WriteLine($"All ({_host.Calls.All.Count}): {string.Join(", ", _host.Calls.All)}");
        Assert.Null(body["errors"]);
        var result = Assert.Single(body["data"]!["sync"]!["results"]!.AsArray())!;
        Assert.Null(result["error"]);
        var changed = Assert.Single(body["data"]!["sync"]!["changes"]!["shipmentChanges"]!.AsArray())!;
        Assert.Equal(shipment, changed["shipment"]!["id"]!.GetValue<string>());
        Assert.Equal("RECEIVED", Assert.Single(changed["changedItems"]!.AsArray())!["verdict"]!["verdict"]!.GetValue<string>());
        Assert.Equal(
            ["IShipmentGrain.ConfirmItemsAsync", "IPartnershipGrain.GetChangesAsync"],
            _host.Calls.FromApi);
    }
}
