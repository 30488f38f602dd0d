using Cooperation.Grains.Reports;
using Cooperation.Grains.Reports.Commands;
using Cooperation.Grains.Shipments;
using Cooperation.Grains.Shipments.Commands;
using Cooperation.Grains.Tests.Shipments;
using static Cooperation.Grains.Tests.Shipments.TestShipments;

namespace Cooperation.Grains.Tests.Reports;

/// <summary>Indicators whose actual value is counted from the partnership's shipments, never typed.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ComputedIndicatorTests(ClusterFixture cluster)
{
    private static readonly Actor Staff = TestPartnerships.Staff;
    private static readonly Actor South = TestPartnerships.SouthAgent;

    private IGrainFactory Grains => cluster.Grains;

    private static ReportContent WithIndicators(params ReportIndicator[] indicators) => TestReports.Content() with { Indicators = indicators };

    private static ReportIndicator Received => new("ordinateurs-recus", "Ordinateurs reçus", "ordinateurs", 0, 50, null, null, IndicatorFact.ComputersReceived);

    private static ReportIndicator Installed => new("ordinateurs-installes", "Ordinateurs installés", "ordinateurs", 0, 50, null, null, IndicatorFact.ComputersInstalled);

    /// <summary>The report of the half-year the cluster's clock is in, so that today's receipts fall in its period.</summary>
    private IReportGrain CurrentReport(IPartnershipGrain partnership)
    {
        var (start, end) = ReportingPeriods.HalfYearOf(DateOnly.FromDateTime(cluster.Time.GetUtcNow().UtcDateTime));
        return TestReports.Of(Grains, partnership, start, end);
    }

    /// <summary>
    /// A desktop received and a laptop missing: « ordinateurs reçus » is 1, « installés » 0 until the desktop is
    /// installed; each value says it was computed, from how many shipments.
    /// </summary>
    [Fact]
    public async Task Draft_FactIndicators_CountedFromReceiptsAndInstallations()
    {
        var (partnership, shipment) = await ShippedAsync(Grains);
        await shipment.ConfirmItemsAsync(new ConfirmShipmentItems("check", South,
            [Item("i1", ReceiptVerdict.Received), Item("i2", ReceiptVerdict.Received), Item("i3", ReceiptVerdict.Missing, "Absent du carton 2")]));
        await shipment.RecordItemEventAsync(new RecordItemEvent("installed", South, "i1", ItemEventKind.Installed, "Salle multimédia"));
        var report = CurrentReport(partnership);

        var drafted = await report.DraftAsync(new DraftReport("draft", Staff, WithIndicators(Received, Installed)));

        var (received, installed) = (drafted.Content.Indicators[0], drafted.Content.Indicators[1]);
        Assert.Equal((1m, 1m), (received.Actual, installed.Actual));
        Assert.StartsWith("Calculé le ", received.Source);
        Assert.Contains("ordinateurs reçus en bon état", received.Source);
        Assert.Contains("d'après 1 envoi", received.Source);
        Assert.Equal(IndicatorFact.ComputersReceived, received.Fact);
    }

    /// <summary>Typing an actual value for a computed indicator is refused: it would contradict the facts.</summary>
    [Fact]
    public async Task Draft_TypedActualOnFactIndicator_RefusedAndNothingCreated()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var report = CurrentReport(partnership);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            report.DraftAsync(new DraftReport("draft", Staff, WithIndicators(Received with { Actual = 40 }))));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Contains("calculée", error.MessageFr);
        Assert.Equal(DomainErrorCode.NotFound, (await Assert.ThrowsAsync<DomainException>(() => report.GetAsync(Staff))).Code);
    }

    /// <summary>
    /// Submission counts again and freezes the figure: a receipt after submission changes the open facts, not
    /// version 1, so whatever annotates version 1 still reads the number it was written against.
    /// </summary>
    [Fact]
    public async Task Submit_CountsAgainThenVersionFrozen()
    {
        var (partnership, shipment) = await ShippedAsync(Grains);
        var report = CurrentReport(partnership);
        await report.DraftAsync(new DraftReport("draft", Staff, WithIndicators(Received)));
        await shipment.ConfirmItemsAsync(new ConfirmShipmentItems("first", South, [Item("i1", ReceiptVerdict.Received)]));

        var submitted = await report.SubmitAsync(new SubmitReport("submit", Staff));
        await shipment.ConfirmItemsAsync(new ConfirmShipmentItems("second", South, [Item("i3", ReceiptVerdict.Received)]));

        Assert.Equal(1m, submitted.Content.Indicators[0].Actual);
        Assert.Equal(1m, (await report.GetVersionAsync(Staff, 1)).Content.Indicators[0].Actual);
        Assert.Equal(2m, (await shipment.GetFactsAsync(Staff, DateOnly.MinValue, DateOnly.MaxValue)).ComputersReceived);
    }

    /// <summary>Receipts outside the report's period do not count in it.</summary>
    [Fact]
    public async Task Draft_ReceiptsOutsidePeriod_NotCounted()
    {
        var (partnership, shipment) = await ShippedAsync(Grains);
        await shipment.ReceiveAsync(new ReceiveShipment("all", South, null));
        var report = TestReports.Of(Grains, partnership, new DateOnly(2020, 1, 1), new DateOnly(2020, 6, 30));

        var drafted = await report.DraftAsync(new DraftReport("draft", Staff, WithIndicators(Received)));

        Assert.Equal(0m, drafted.Content.Indicators[0].Actual);
    }
}
