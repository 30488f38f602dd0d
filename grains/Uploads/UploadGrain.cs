using System.Security.Cryptography;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Uploads.Commands;

namespace Cooperation.Grains.Uploads;

/// <inheritdoc cref="IUploadGrain"/>
public sealed partial class UploadGrain(
    [PersistentState("upload", StorageNames.Cooperation)] IPersistentState<UploadState> state,
    IGrainFactory grains,
    IAttachmentStore store,
    TimeProvider time) : Grain, IUploadGrain
{
    private UploadState State => state.State;

    private string Key => this.GetPrimaryKeyString();

    private string BlobName => UploadRules.BlobName(Key, State.Attempt);

    private int BlockCount => UploadRules.BlockCount(State.Size);

    async Task<Upload> IUploadGrain.AnnounceAsync(AnnounceUpload command)
    {
        var id = ClientMutationIds.Checked(command.ClientMutationId);
        var (slug, _) = UploadRules.ParseKey(Key);
        var target = UploadRules.Target(slug, command.Target);
        await RequireSideAsync(command.Actor, target);
        if (Repeated(id, command))
            return await SnapshotAsync();
        var contentType = UploadRules.ContentType(command.ContentType, target);
        var size = UploadRules.Size(command.Size, target);
        var sha256 = UploadRules.Sha256(command.Sha256);

        if (State.Announced)
        {
            if (State.Target != target || State.ContentType != contentType || State.Size != size || State.Sha256 != sha256)
                throw UploadErrors.AnnouncedDifferently(Key);
            // The same facts again: a lost answer, or the client starting over after expiry.
            await ExpireIfDueAsync();
            if (State.Status == UploadStatus.Expired)
                await NewAttemptAsync();
            await CommitStateAsync(id, command);
            return await SnapshotAsync();
        }

        await RequireTargetAsync(command.Actor, target);
        var now = time.GetUtcNow();
        await this.ScheduleAsync(ExpiryReminder, now + UploadRules.Lifetime, time);
        State.Announced = true;
        State.Target = target;
        State.ContentType = contentType;
        State.Size = size;
        State.Sha256 = sha256;
        State.Status = UploadStatus.Announced;
        State.Attempt = 1;
        State.CreatedAt = now;
        State.AttemptStartedAt = now;
        State.AnnouncedBy = command.Actor;
        await CommitStateAsync(id, command);
        return await SnapshotAsync();
    }

    async Task<Upload> IUploadGrain.CommitAsync(CommitUpload command)
    {
        var id = ClientMutationIds.Checked(command.ClientMutationId);
        await BeginChangeAsync(command.Actor);
        if (Repeated(id, command))
            return await SnapshotAsync();
        await ExpireIfDueAsync();
        if (State.Status == UploadStatus.Expired)
            throw UploadErrors.Expired(Key, ExpiresAt);
        if (State.Status == UploadStatus.Committed)
        {
            await CommitStateAsync(id, command);
            return await SnapshotAsync();
        }

        var blocks = await store.BlocksAsync(BlobName);
        // All blocks already committed: an earlier commit stored the blob but its state write failed.
        if (blocks.Committed.Count != BlockCount)
        {
            var missing = Missing(blocks.Staged);
            if (missing.Count > 0)
                throw UploadErrors.BlocksMissing(missing);
            await store.CommitAsync(BlobName, BlockCount, State.ContentType);
        }

        await VerifyAsync();
        State.Status = UploadStatus.Committed;
        State.CommittedAt = time.GetUtcNow();
        await CommitStateAsync(id, command);
        // The photo is kept for good: nothing will expire.
        await this.CancelAsync(ExpiryReminder);
        return await SnapshotAsync();
    }

    async Task<Upload> IUploadGrain.RestartAsync(RestartUpload command)
    {
        var id = ClientMutationIds.Checked(command.ClientMutationId);
        await BeginChangeAsync(command.Actor);
        // A repeated restart must not drop the blocks sent since the first one.
        if (Repeated(id, command))
            return await SnapshotAsync();
        if (State.Status == UploadStatus.Committed)
            throw UploadErrors.AlreadyCommitted(Key);

        await NewAttemptAsync();
        await CommitStateAsync(id, command);
        return await SnapshotAsync();
    }

    /// <summary>
    /// Reads the committed blob back and checks its checksum and first bytes; on a mismatch the blob is deleted, so
    /// nothing is kept and the same upload can be sent again.
    /// </summary>
    private async Task VerifyAsync()
    {
        var bytes = await store.ReadAsync(BlobName) ?? [];
        var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (actual != State.Sha256)
        {
            await store.DeleteAsync(BlobName);
            throw UploadErrors.ChecksumMismatch(State.Sha256, actual);
        }
        if (!FileSignature.Matches(State.ContentType, bytes))
        {
            await store.DeleteAsync(BlobName);
            throw UploadErrors.NotThatType(State.ContentType);
        }
    }

    /// <summary>Drops the current attempt's blocks, then opens the next attempt with a new 7-day window.</summary>
    private async Task NewAttemptAsync()
    {
        var now = time.GetUtcNow();
        await this.ScheduleAsync(ExpiryReminder, now + UploadRules.Lifetime, time);
        await store.DeleteAsync(BlobName);
        State.Attempt++;
        State.AttemptStartedAt = now;
        State.Status = UploadStatus.Announced;
    }

    /// <summary>
    /// Whether the same person already applied this action; a reused id is a conflict. A receipt written before
    /// receipts recorded who acted answers whoever may now change the upload (its side, checked before): an upload
    /// keeps no history naming who sent each action, and every member reads it anyway.
    /// </summary>
    private bool Repeated(string clientMutationId, Command command) =>
        State.Receipts.IsRepeat(clientMutationId, command);

    private async Task CommitStateAsync(string clientMutationId, Command command)
    {
        State.Receipts.Remember(clientMutationId, command, State.Attempt);
        await state.WriteOrDeactivateAsync(this);
    }
}
