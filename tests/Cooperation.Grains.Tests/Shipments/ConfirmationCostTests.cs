using Cooperation.Grains.Shipments;
using Cooperation.Grains.Shipments.Commands;
using static Cooperation.Grains.Tests.Shipments.TestShipments;

namespace Cooperation.Grains.Tests.Shipments;

/// <summary>What one « Tout reçu » costs the cluster: on a slow link, every grain call is time the agent waits.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ConfirmationCostTests(ClusterFixture cluster)
{
    /// <summary>
    /// A South agent confirms an item, then her device asks what changed: the shipment, the partnership's answer on
    /// access, its feed, and the changes — four calls, none to her account or to the shipment index.
    /// </summary>
    [Fact]
    public async Task ConfirmItems_ThenChanges_FourGrainCalls()
    {
        var (partnership, shipment) = await ShippedAsync(cluster.Grains);
        var cursor = (await partnership.GetChangesAsync(TestPartnerships.SouthAgent, 0)).Cursor;

        cluster.Calls.Start();
        var confirmation = await shipment.ConfirmItemsAsync(
            new ConfirmShipmentItems("confirm-i1", TestPartnerships.SouthAgent, [Item("i1", ReceiptVerdict.Received)]));
        var changes = await partnership.GetChangesAsync(TestPartnerships.SouthAgent, cursor);
        var calls = cluster.Calls.Seen;

        Assert.Contains(changes.Entities, e => e.EntityId == confirmation.Shipment.Key && e.EntityVersion == confirmation.Shipment.Version);
        Assert.True(calls.Count <= 4, $"{calls.Count} grain calls: {string.Join(", ", calls)}");
    }
}
