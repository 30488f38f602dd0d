namespace Cooperation.Grains.Uploads;

// Blocks and reads: blob storage holds the blocks, so which ones arrived is asked of it, never remembered here.
public sealed partial class UploadGrain
{
    async Task IUploadGrain.StageBlockAsync(Actor actor, int index, byte[] bytes)
    {
        await BeginChangeAsync(actor);
        await ExpireIfDueAsync();
        if (State.Status == UploadStatus.Expired)
            throw UploadErrors.Expired(Key, ExpiresAt);
        // A block re-sent after the commit (its answer was lost) changes nothing: the photo is immutable.
        if (State.Status == UploadStatus.Committed)
            return;
        if (index < 0 || index >= BlockCount)
            throw UploadErrors.BlockOutOfRange(index, BlockCount);
        var expected = UploadRules.BlockLength(State.Size, index);
        if (bytes.Length != expected)
            throw UploadErrors.WrongBlockLength(index, expected, bytes.Length);
        await store.StageBlockAsync(BlobName, index, bytes);
    }

    async Task<Upload> IUploadGrain.GetAsync(Actor actor)
    {
        await RequireReaderAsync(actor);
        await ExpireIfDueAsync();
        return await SnapshotAsync();
    }

    async Task<UploadContent> IUploadGrain.ReadAsync(Actor actor)
    {
        await RequireReaderAsync(actor);
        if (State.Status != UploadStatus.Committed || await store.ReadAsync(BlobName) is not { } bytes)
            throw UploadErrors.NotCommitted(Key);
        return new UploadContent(bytes, State.ContentType, State.Sha256);
    }

    private DateTimeOffset ExpiresAt => State.AttemptStartedAt + UploadRules.Lifetime;

    /// <summary>
    /// Marks an upload left uncommitted for 7 days expired and deletes its blocks: Azure would collect them about then
    /// anyway (the local-disk store never would), and doing it here makes "expired" mean "gone" at the moment it is
    /// reported. The expiry reminder does it on the day; a call that comes first does it then.
    /// </summary>
    private async Task ExpireIfDueAsync()
    {
        if (State.Status != UploadStatus.Announced || time.GetUtcNow() < ExpiresAt)
            return;
        await store.DeleteAsync(BlobName);
        State.Status = UploadStatus.Expired;
        await state.WriteOrDeactivateAsync(this);
    }

    private List<int> Missing(IReadOnlySet<int> present) =>
        [.. Enumerable.Range(0, BlockCount).Where(i => !present.Contains(i))];

    private async Task<Upload> SnapshotAsync()
    {
        IReadOnlyList<int> missing = State.Status switch
        {
            UploadStatus.Committed => [],
            UploadStatus.Expired => Missing(new HashSet<int>()),
            // The truth is in blob storage: blocks may have arrived through another silo, or a write may have been lost.
            _ => Missing((await store.BlocksAsync(BlobName)).Staged),
        };
        var (slug, uploadId) = UploadRules.ParseKey(Key);
        return new Upload(
            Key, slug, uploadId, State.Status, State.Target!, State.ContentType, State.Size, State.Sha256,
            UploadRules.BlockSize, BlockCount, missing, State.CreatedAt,
            State.Status == UploadStatus.Committed ? null : ExpiresAt, State.CommittedAt, State.AnnouncedBy!);
    }
}
