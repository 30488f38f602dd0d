using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Cooperation.Grains.Common.Journal;

/// <summary>Builds the journals a grain holds, on the grain storage its own state uses.</summary>
public static class Journals
{
    /// <summary>A journal of <paramref name="grain"/>, its segments stored by provider <paramref name="storageName"/>.</summary>
    /// <param name="segmentSize">Fewer entries per segment for large entries, so that the open tail stays small.</param>
    public static Journal<TEntry> JournalOf<TEntry>(
        this IGrainBase grain, string name, Func<JournalTail<TEntry>> tail, string storageName = StorageNames.Cooperation,
        int segmentSize = Journal<TEntry>.DefaultSegmentSize) =>
        new(StorageOf(grain, storageName), grain.GrainContext.GrainId, name, tail, segmentSize);

    /// <summary>A receipt journal of <paramref name="grain"/>, its segments stored by provider <paramref name="storageName"/>.</summary>
    public static ReceiptJournal<TReceipt> ReceiptJournalOf<TReceipt>(
        this IGrainBase grain, string name, Func<JournalTail<KeptReceipt<TReceipt>>> tail, string storageName = StorageNames.Cooperation)
        where TReceipt : class, IActionReceipt =>
        new(StorageOf(grain, storageName), grain.GrainContext.GrainId, name, tail);

    private static IGrainStorage StorageOf(IGrainBase grain, string storageName) =>
        grain.GrainContext.ActivationServices.GetRequiredKeyedService<IGrainStorage>(storageName);
}
