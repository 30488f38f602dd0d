using System.Text.Json;
using Cooperation.Grains.Funding.Calls;
using Cooperation.Grains.Funding.Reviews;
using Cooperation.Grains.Missions;
using Cooperation.Grains.Reports;
using Cooperation.Grains.Shipments;

namespace Cooperation.Grains.Tests.Common;

/// <summary>
/// The six index and directory grains: a registration that adds nothing writes nothing, and records written by the
/// version before are read as they are.
/// </summary>
public sealed class IndexGrainTests(IndexClusterFixture cluster) : IClassFixture<IndexClusterFixture>
{
    private static Actor Staff => TestPartnerships.Staff;

    private IGrainFactory Grains => cluster.Grains;

    private static string Hex() => Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task ShipmentIndex_SameShipmentAgain_WritesNothing()
    {
        var slug = (await TestPartnerships.NewAsync(Grains)).GetPrimaryKeyString();
        var index = Grains.GetGrain<IShipmentIndexGrain>(slug);
        var (first, second) = ($"{slug}/s{Hex()}", $"{slug}/s{Hex()}");

        var writes = await RecordChangesAsync("shipment-index", index,
            () => index.RegisterAsync(first, ["DT-001", "DT-002"]),
            () => index.RegisterAsync(first, ["dt-001 ", "DT-002"]),
            () => index.RegisterAsync(first, ["DT-003"]));

        Assert.Equal([true, false, true], writes);
        await index.RegisterAsync(second, ["DT-001"]);
        Assert.Equal([first, second], await index.ListAsync(Staff));
        Assert.Equal([first, second], await index.FindSerialAsync(Staff, "dt-001"));
    }

    [Fact]
    public async Task ReportIndex_SameReportAgain_WritesNothing()
    {
        var slug = (await TestPartnerships.NewAsync(Grains)).GetPrimaryKeyString();
        var index = Grains.GetGrain<IReportIndexGrain>(slug);
        // Periods to come: the partnership's reporting calendar owes nothing yet, so only the registrations write.
        var (later, earlier) = ($"{slug}/2036-01-01_2036-06-30", $"{slug}/2035-07-01_2035-12-31");

        var writes = await RecordChangesAsync("report-index", index,
            () => index.RegisterAsync(later), () => index.RegisterAsync(later), () => index.RegisterAsync(earlier));

        Assert.Equal([true, false, true], writes);
        Assert.Equal([earlier, later], await index.ListAsync(Staff));
    }

    [Fact]
    public async Task MissionIndex_SameMissionAgain_WritesNothing()
    {
        var slug = (await TestPartnerships.NewAsync(Grains)).GetPrimaryKeyString();
        var index = Grains.GetGrain<IMissionIndexGrain>(slug);
        var (first, second) = ($"{slug}/{Hex()}", $"{slug}/{Hex()}");

        var writes = await RecordChangesAsync("mission-index", index,
            () => index.RegisterAsync(first), () => index.RegisterAsync(first), () => index.RegisterAsync(second));

        Assert.Equal([true, false, true], writes);
        Assert.Equal([first, second], await index.ListAsync(Staff));
    }

    [Fact]
    public async Task PartnershipIndexes_KeyOfAnotherPartnership_RefusedAndNotWritten()
    {
        var slug = (await TestPartnerships.NewAsync(Grains)).GetPrimaryKeyString();
        var other = ClusterFixture.NewSlug();

        var shipment = await Assert.ThrowsAsync<DomainException>(() => Grains.GetGrain<IShipmentIndexGrain>(slug).RegisterAsync($"{other}/s{Hex()}", []));
        var report = await Assert.ThrowsAsync<DomainException>(() => Grains.GetGrain<IReportIndexGrain>(slug).RegisterAsync($"{other}/2026-01-01_2026-06-30"));
        var mission = await Assert.ThrowsAsync<DomainException>(() => Grains.GetGrain<IMissionIndexGrain>(slug).RegisterAsync($"{other}/{Hex()}"));

        Assert.All([shipment, report, mission], refusal => Assert.Equal(DomainErrorCode.Validation, refusal.Code));
        Assert.Empty(await Grains.GetGrain<IShipmentIndexGrain>(slug).ListAsync(Staff));
        Assert.Empty(await Grains.GetGrain<IReportIndexGrain>(slug).ListAsync(Staff));
        Assert.Empty(await Grains.GetGrain<IMissionIndexGrain>(slug).ListAsync(Staff));
        Assert.Null(await ETagAsync("shipment-index", Grains.GetGrain<IShipmentIndexGrain>(slug)));
    }

    [Fact]
    public async Task PartnershipIndexes_Outsider_Refused()
    {
        var slug = (await TestPartnerships.NewAsync(Grains)).GetPrimaryKeyString();
        await Grains.GetGrain<IMissionIndexGrain>(slug).RegisterAsync($"{slug}/{Hex()}");

        var refusal = await Assert.ThrowsAsync<DomainException>(() => Grains.GetGrain<IMissionIndexGrain>(slug).ListAsync(TestPartnerships.Outsider));

        Assert.Equal(DomainErrorCode.Forbidden, refusal.Code);
    }

    [Fact]
    public async Task ReviewerIndex_SameApplicationAgain_WritesNothing()
    {
        var reviewer = new Actor($"relecteur-{Hex()}@example.org", "Relecteur");
        var index = Grains.GetGrain<IReviewerIndexGrain>(reviewer.Id);

        var writes = await RecordChangesAsync("fund-reviewer-index", index,
            () => index.RegisterAsync("aap-2026/a1"), () => index.RegisterAsync("aap-2026/a1"), () => index.RegisterAsync("aap-2026/a2"));

        Assert.Equal([true, false, true], writes);
        Assert.Equal(["aap-2026/a1", "aap-2026/a2"], await index.ListAsync(reviewer));
    }

    [Fact]
    public async Task Directories_SameEntryAgain_WritesNothing()
    {
        var partnerships = Grains.GetGrain<IPartnershipDirectoryGrain>(PartnershipDirectoryGrain.Key);
        var calls = Grains.GetGrain<IFundCallDirectoryGrain>(FundCallDirectoryGrain.Key);
        var (slug, code) = (ClusterFixture.NewSlug(), $"aap-{Hex()}");

        var partnershipWrites = await RecordChangesAsync("directory", partnerships,
            () => partnerships.RegisterAsync(slug), () => partnerships.RegisterAsync(slug), () => partnerships.RegisterAsync(slug + "-2"));
        var callWrites = await RecordChangesAsync("fund-call-directory", calls,
            () => calls.RegisterAsync(code, 2030), () => calls.RegisterAsync(code, 2030), () => calls.RegisterAsync(code + "-2", 2031));

        Assert.Equal([true, false, true], partnershipWrites);
        Assert.Equal([true, false, true], callWrites);
        Assert.Equal([slug, slug + "-2"], (await partnerships.ListAsync()).Where(s => s.StartsWith(slug, StringComparison.Ordinal)));
        Assert.Equal([code + "-2", code], (await calls.ListAsync()).Where(c => c.StartsWith(code, StringComparison.Ordinal)));
    }

    /// <summary>Records as the version before this one wrote them (System.Text.Json, one record per index).</summary>
    [Fact]
    public async Task Indexes_RecordsOfTheVersionBefore_AreRead()
    {
        var slug = (await TestPartnerships.NewAsync(Grains)).GetPrimaryKeyString();
        var reviewer = new Actor($"relecteur-{Hex()}@example.org", "Relecteur");
        var shipments = Grains.GetGrain<IShipmentIndexGrain>(slug);
        var reports = Grains.GetGrain<IReportIndexGrain>(slug);
        var missions = Grains.GetGrain<IMissionIndexGrain>(slug);
        var applications = Grains.GetGrain<IReviewerIndexGrain>(reviewer.Id);
        await WriteRecordAsync("shipment-index", shipments,
            $$$"""{"Keys":["{{{slug}}}/s0000000000a1","{{{slug}}}/s0000000000a2"],"Serials":{"DT-001":["{{{slug}}}/s0000000000a1","{{{slug}}}/s0000000000a2"]}}""");
        await WriteRecordAsync("report-index", reports, $$"""{"Keys":["{{slug}}/2025-07-01_2025-12-31"]}""");
        await WriteRecordAsync("mission-index", missions, $$"""{"Keys":["{{slug}}/0000000000b1"]}""");
        await WriteRecordAsync("fund-reviewer-index", applications, """{"Applications":["aap-2026/a1"]}""");

        Assert.Equal([$"{slug}/s0000000000a1", $"{slug}/s0000000000a2"], await shipments.FindSerialAsync(Staff, "dt-001"));
        Assert.Equal([$"{slug}/2025-07-01_2025-12-31"], await reports.ListAsync(Staff));
        Assert.Equal([$"{slug}/0000000000b1"], await missions.ListAsync(Staff));
        Assert.Equal(["aap-2026/a1"], await applications.ListAsync(reviewer));
        // What was read is what is kept: the next registration adds to it.
        await missions.RegisterAsync($"{slug}/0000000000b2");
        Assert.Equal([$"{slug}/0000000000b1", $"{slug}/0000000000b2"], await missions.ListAsync(Staff));
    }

    /// <summary>Whether each of <paramref name="registrations"/>, in turn, wrote the index's record.</summary>
    private async Task<bool[]> RecordChangesAsync(string stateName, IAddressable index, params Func<Task>[] registrations)
    {
        var written = new List<bool>();
        foreach (var register in registrations)
        {
            var before = await ETagAsync(stateName, index);
            await register();
            written.Add(await ETagAsync(stateName, index) != before);
        }

        return [.. written];
    }

    private async Task<string?> ETagAsync(string stateName, IAddressable grain)
    {
        var record = new GrainState<JsonElement>();
        await cluster.Storage.ReadStateAsync(stateName, grain.GetGrainId(), record);
        return record.ETag;
    }

    private Task WriteRecordAsync(string stateName, IAddressable grain, string json) =>
        cluster.Storage.WriteStateAsync(stateName, grain.GetGrainId(), new GrainState<JsonElement>(JsonDocument.Parse(json).RootElement));
}
