using Cooperation.Grains.Shipments;
using Cooperation.Grains.Shipments.Commands;
using static Cooperation.Grains.Tests.Shipments.TestShipments;

namespace Cooperation.Grains.Tests.Shipments;

/// <summary>
/// A shipment answers a serial number's steps a page at a time, newest first: the answer holds the page, never the
/// whole life, and a bound (a place in this shipment, or an instant for another shipment's cursor) keeps the older ones.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class SerialEventPageTests(ClusterFixture cluster)
{
    private static readonly Actor Staff = TestPartnerships.Staff;
    private static readonly Actor South = TestPartnerships.SouthAgent;

    private IGrainFactory Grains => cluster.Grains;

    /// <summary>Packed, shipped, checked, then installed and seen working twice: six steps.</summary>
    private async Task<(IShipmentGrain Shipment, IReadOnlyList<ItemLifeEvent> Life)> SixStepsAsync()
    {
        var (_, shipment) = await ShippedAsync(Grains);
        await shipment.ReceiveAsync(new ReceiveShipment("all", South, null));
        await shipment.RecordItemEventAsync(new RecordItemEvent("installed", South, "i1", ItemEventKind.Installed, "Salle 4"));
        await shipment.RecordItemEventAsync(new RecordItemEvent("seen-1", Staff, "i1", ItemEventKind.SeenWorking, null));
        await shipment.RecordItemEventAsync(new RecordItemEvent("seen-2", Staff, "i1", ItemEventKind.SeenWorking, null));
        return (shipment, await shipment.GetSerialNumberHistoryAsync(Staff, "DT-001"));
    }

    [Fact]
    public async Task Page_HoldsOnlyThePage_NewestFirst()
    {
        var (shipment, life) = await SixStepsAsync();

        var newest = await shipment.GetSerialNumberEventsAsync(Staff, "dt-001", new SerialEventPageRequest(2));
        var older = await shipment.GetSerialNumberEventsAsync(Staff, "DT-001", new SerialEventPageRequest(3, Index: newest.NewestIndex - 1));

        Assert.Equal(6, life.Count);
        Assert.Equal([life[5], life[4]], newest.Events);
        Assert.Equal((5, 6, 6), (newest.NewestIndex, newest.Matching, newest.Total));
        Assert.Equal([life[3], life[2], life[1]], older.Events);
        Assert.Equal((3, 4), (older.NewestIndex, older.Matching));
    }

    /// <summary>Bounded by an instant (another shipment's step): strictly before it, or up to it included.</summary>
    [Fact]
    public async Task Until_StepsUpToAnInstant()
    {
        var (shipment, life) = await SixStepsAsync();

        var before = await shipment.GetSerialNumberEventsAsync(Staff, "DT-001", new SerialEventPageRequest(10, life[3].At));
        var upTo = await shipment.GetSerialNumberEventsAsync(Staff, "DT-001", new SerialEventPageRequest(10, life[3].At, UntilIncluded: true));

        Assert.Equal(life.Where(e => e.At < life[3].At).Reverse(), before.Events);
        Assert.Equal(life.Where(e => e.At <= life[3].At).Reverse(), upTo.Events);
        Assert.Contains(life[3], upTo.Events);
    }

    /// <summary>A page of none or of more than 100, or a place past the steps, is refused; an outsider reads no page.</summary>
    [Fact]
    public async Task BadPageOrOutsider_Refused()
    {
        var (shipment, _) = await SixStepsAsync();

        var none = await Assert.ThrowsAsync<DomainException>(() => shipment.GetSerialNumberEventsAsync(Staff, "DT-001", new SerialEventPageRequest(0)));
        var tooMany = await Assert.ThrowsAsync<DomainException>(() => shipment.GetSerialNumberEventsAsync(Staff, "DT-001", new SerialEventPageRequest(101)));
        var past = await Assert.ThrowsAsync<DomainException>(() => shipment.GetSerialNumberEventsAsync(Staff, "DT-001", new SerialEventPageRequest(2, Index: 7)));
        var outsider = await Assert.ThrowsAsync<DomainException>(() => shipment.GetSerialNumberEventsAsync(TestPartnerships.Outsider, "DT-001", new SerialEventPageRequest(2)));

        Assert.Equal([DomainErrorCode.Validation, DomainErrorCode.Validation, DomainErrorCode.Validation], new[] { none.Code, tooMany.Code, past.Code });
        Assert.Equal(DomainErrorCode.Forbidden, outsider.Code);
    }
}
