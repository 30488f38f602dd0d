using Cooperation.Grains.Reports;
using Cooperation.Grains.Shipments;

namespace Cooperation.Grains.Tests.Seeding;

/// <summary>
/// The seed's field work carries its own dates, whatever the day the platform first starts: the spring shipment was
/// received on 6 July 2026 and its Ngor computers installed on 21 September, so Sénéclic's draft for the second half
/// of 2026 counts six computers received and three installed, on a first start in February 2026 as in March 2031.
/// </summary>
public sealed class SeedDatesTests
{
    private const string Seneclic = "seneclic";

    private static DateTimeOffset Utc(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<DateTimeOffset> FirstStarts => [Utc(2026, 2, 1), Utc(2031, 3, 15)];

    [Theory]
    [MemberData(nameof(FirstStarts))]
    public async Task SpringShipment_FirstStartOnAnotherDay_KeepsTheSeedsDates(DateTimeOffset firstStart)
    {
        await using var cluster = await SeededCluster.StartAsync(firstStart);

        var spring = await cluster.Grains.GetGrain<IShipmentGrain>(ShipmentRules.KeyFor(Seneclic, "seed:seneclic:shipment-2026-spring:prepare"))
            .GetAsync(Actor.Seed);

        Assert.Equal(
            [(ShipmentStatus.Prepared, Utc(2026, 4, 13)), (ShipmentStatus.Shipped, Utc(2026, 4, 20)), (ShipmentStatus.InTransit, Utc(2026, 4, 24)),
                (ShipmentStatus.Arrived, Utc(2026, 6, 29)), (ShipmentStatus.BeingReceived, Utc(2026, 7, 6)), (ShipmentStatus.Received, Utc(2026, 7, 6))],
            spring.Timeline.Select(c => (c.Status, c.At)));
        Assert.All(spring.Items, i => Assert.Equal(Utc(2026, 7, 6), i.Verdict!.At));
        var ngor = spring.Items.Single(i => i.Id == "i1");
        Assert.Equal([(ItemEventKind.Installed, Utc(2026, 9, 21)), (ItemEventKind.SeenWorking, Utc(2026, 10, 14))], ngor.Events.Select(e => (e.Kind, e.At)));
    }

    [Theory]
    [MemberData(nameof(FirstStarts))]
    public async Task SeneclicSecondHalfDraft_FirstStartOnAnotherDay_CountsTheSameComputers(DateTimeOffset firstStart)
    {
        await using var cluster = await SeededCluster.StartAsync(firstStart);

        var draft = await cluster.Grains.GetGrain<IReportGrain>(ReportRules.Key(Seneclic, new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31)))
            .GetAsync(Actor.Seed);

        var computed = draft.Content.Indicators.Where(i => i.Fact is not null).ToDictionary(i => i.Fact!.Value);
        Assert.Equal((6m, 3m), (computed[IndicatorFact.ComputersReceived].Actual, computed[IndicatorFact.ComputersInstalled].Actual));
        Assert.StartsWith("Calculé le 30 novembre 2026 : ", computed[IndicatorFact.ComputersReceived].Source);
        Assert.Equal(Utc(2026, 11, 30), draft.CreatedAt);
    }
}
