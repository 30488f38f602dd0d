using Cooperation.Grains.Reports.Commands;
using Cooperation.Grains.Research;
using Cooperation.Grains.Tests.Reports;
using Orleans.Core.Internal;

namespace Cooperation.Grains.Tests.Research;

/// <summary>The corpus keeps its text in a journal: a catch-up writes what changed, not every report of the partnership's life again.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CorpusStorageTests(ClusterFixture cluster, ITestOutputHelper output)
{
    private const int Measured = 8;

    /// <summary>About three kilobytes of activities, as a real half-year's report says.</summary>
    private static readonly string Activities = string.Join(" ", Enumerable.Repeat("Formation des agents municipaux à l'état civil numérique, équipement des écoles.", 40));

    private IGrainFactory Grains => cluster.Grains;

    private static (DateOnly Start, DateOnly End) HalfYear(int n) => n % 2 == 0
        ? (new DateOnly(2000 + n / 2, 1, 1), new DateOnly(2000 + n / 2, 6, 30))
        : (new DateOnly(2000 + n / 2, 7, 1), new DateOnly(2000 + n / 2, 12, 31));

    private async Task SubmitAsync(IPartnershipGrain partnership, int n)
    {
        var (start, end) = HalfYear(n);
        var report = TestReports.Of(Grains, partnership, start, end);
        await report.DraftAsync(new DraftReport($"draft-{n}", TestPartnerships.Staff, TestReports.Content($"{Activities} ({n})")));
        await report.SubmitAsync(new SubmitReport($"submit-{n}", TestPartnerships.Staff));
    }

    /// <summary>Submits <see cref="Measured"/> reports from the <paramref name="from"/>-th half-year on, each followed by a search, and returns the corpus's bytes written per search.</summary>
    private async Task<double> BytesPerCatchUpAsync(IPartnershipGrain partnership, int from)
    {
        var corpus = Grains.GetGrain<ICorpusGrain>(partnership.GetPrimaryKeyString());
        await corpus.SearchAsync(TestPartnerships.Staff, "formation", 1, 0);
        var counts = StorageLog.Watch(corpus.GetGrainId());
        for (var n = from; n < from + Measured; n++)
        {
            await SubmitAsync(partnership, n);
            await corpus.SearchAsync(TestPartnerships.Staff, "formation", 1, 0);
        }
        return (double)counts.BytesWritten / Measured;
    }

    /// <summary>
    /// A search after a new report writes about as many bytes in a corpus of thirty reports as in a corpus of one: the
    /// corpus state holds the journal's open tail, and sealing writes each document once more, in its segment.
    /// </summary>
    [Fact]
    public async Task CatchUp_AfterThirtyReports_WritesAboutAsMuchAsAfterOne()
    {
        var young = await TestPartnerships.NewAsync(Grains);
        await SubmitAsync(young, 0);
        var youngBytes = await BytesPerCatchUpAsync(young, 1);

        var old = await TestPartnerships.NewAsync(Grains);
        for (var n = 0; n < 30; n++)
            await SubmitAsync(old, n);
        var oldBytes = await BytesPerCatchUpAsync(old, 30);

        output.WriteLine($"Corpus of 1 report: {youngBytes:F0} bytes per catch-up; of 30 reports: {oldBytes:F0} bytes per catch-up");
        Assert.True(oldBytes < 1.5 * youngBytes, $"{oldBytes:F0} bytes per catch-up after 30 reports, {youngBytes:F0} after 1");
    }

    /// <summary>Deactivates the grain: its next call finds it as its storage left it.</summary>
    private static Task DeactivateAsync(IAddressable grain) => grain.AsReference<IGrainManagementExtension>().DeactivateOnIdle().AsTask();

    /// <summary>Woken again, the corpus reads its journal back: the oldest report's text is still found, once.</summary>
    [Fact]
    public async Task Reactivated_FindsOldestAndNewestReports()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var corpus = Grains.GetGrain<ICorpusGrain>(partnership.GetPrimaryKeyString());
        for (var n = 0; n < 10; n++)
        {
            await SubmitAsync(partnership, n);
            await corpus.SearchAsync(TestPartnerships.Staff, "formation", 1, 0);
        }

        await DeactivateAsync(corpus);
        var page = await corpus.SearchAsync(TestPartnerships.Staff, "formation", 50, 0);

        var activities = page.Hits.Where(h => h.Passage.Section == "activities").Select(h => h.Passage.DocumentId).ToList();
        Assert.Equal(10, activities.Count);
        Assert.Equal(10, activities.Distinct().Count());
    }
}
