using Cooperation.Grains.Funding.Calls;
using Cooperation.Grains.Funding.Calls.Commands;
using Cooperation.Grains.Reports;
using Cooperation.Grains.Shipments;
using Cooperation.Grains.Tests.Funding;
using Cooperation.Grains.Tests.Reports;
using Cooperation.Grains.Tests.Shipments;
using Cooperation.Grains.Uploads;
using Cooperation.Grains.Uploads.Commands;
using static Cooperation.Grains.Tests.Uploads.TestPhotos;

namespace Cooperation.Grains.Tests.Uploads;

/// <summary>
/// The upload grain on each photo store: <see cref="BlobUploadGrainTests"/> (Azure block blobs, on Azurite) and
/// <see cref="LocalDiskUploadGrainTests"/> (the embedded default's local disk). What arrived is asked of the store itself.
/// </summary>
public abstract class UploadGrainTests(UploadClusterFixture cluster)
{
    private static readonly Actor Staff = TestPartnerships.Staff;
    private static readonly Actor South = TestPartnerships.SouthAgent;
    private static readonly Actor Researcher = TestPartnerships.Researcher;

    private IGrainFactory Grains => cluster.Grains;

    /// <summary>Blocks sent out of order make the photo, byte for byte; every member can then look at it.</summary>
    [Fact]
    public async Task Blocks_InAnyOrder_CommittedPhotoIntact()
    {
        var (upload, target) = await ReceiptPhotoAsync();
        var photo = Jpeg(80_000);
        var blocks = Blocks(photo);
        await upload.AnnounceAsync(Announce("announce", South, target, photo));

        foreach (var index in new[] { 2, 0, 1 })
            await upload.StageBlockAsync(South, index, blocks[index]);
        var committed = await upload.CommitAsync(new CommitUpload("commit", South));

        Assert.Equal(UploadStatus.Committed, committed.Status);
        Assert.Empty(committed.MissingBlocks);
        Assert.Null(committed.ExpiresAt);
        var read = await upload.ReadAsync(Researcher);
        Assert.Equal(photo, read.Bytes);
        Assert.Equal("image/jpeg", read.ContentType);
    }

    /// <summary>An announced photo states its block size and count; an 80 KB photo is three 32 KB blocks, all missing.</summary>
    [Fact]
    public async Task Announce_NewPhoto_BlocksListedAsMissing()
    {
        var (upload, target) = await ReceiptPhotoAsync();
        var photo = Png(80_000);

        var announced = await upload.AnnounceAsync(Announce("announce", South, target, photo, "image/png"));

        Assert.Equal(UploadStatus.Announced, announced.Status);
        Assert.Equal(32_768, announced.BlockSize);
        Assert.Equal(3, announced.BlockCount);
        Assert.Equal([0, 1, 2], announced.MissingBlocks);
        Assert.Equal(announced.CreatedAt + TimeSpan.FromDays(7), announced.ExpiresAt);
    }

    /// <summary>A block sent twice (its answer was lost) is harmless: it counts once and the photo stays intact.</summary>
    [Fact]
    public async Task Block_SentTwice_Harmless()
    {
        var (upload, target) = await ReceiptPhotoAsync();
        var photo = WebP(70_000);
        var blocks = Blocks(photo);
        await upload.AnnounceAsync(Announce("announce", South, target, photo, "image/webp"));

        await upload.StageBlockAsync(South, 0, blocks[0]);
        await upload.StageBlockAsync(South, 0, blocks[0]);
        var partial = await upload.GetAsync(South);
        await upload.StageBlockAsync(South, 1, blocks[1]);
        await upload.StageBlockAsync(South, 2, blocks[2]);
        await upload.CommitAsync(new CommitUpload("commit", South));

        Assert.Equal([1, 2], partial.MissingBlocks);
        Assert.Equal(photo, (await upload.ReadAsync(Staff)).Bytes);
    }

    /// <summary>After a dropped connection the client asks what arrived and sends only the rest.</summary>
    [Fact]
    public async Task PartialUpload_AskedWhatArrived_OnlyTheRestSent()
    {
        var (upload, target) = await ReceiptPhotoAsync();
        var photo = Jpeg(100_000);
        var blocks = Blocks(photo);
        await upload.AnnounceAsync(Announce("announce", South, target, photo));
        await upload.StageBlockAsync(South, 0, blocks[0]);
        await upload.StageBlockAsync(South, 2, blocks[2]);

        var missing = (await upload.GetAsync(South)).MissingBlocks;
        foreach (var index in missing)
            await upload.StageBlockAsync(South, index, blocks[index]);
        await upload.CommitAsync(new CommitUpload("commit", South));

        Assert.Equal([1, 3], missing);
        Assert.Equal(photo, (await upload.ReadAsync(South)).Bytes);
    }

    /// <summary>Committing before every block arrived names the missing ones and keeps the blocks already sent.</summary>
    [Fact]
    public async Task Commit_BlocksMissing_RefusedWithTheirIndexes()
    {
        var (upload, target) = await ReceiptPhotoAsync();
        var photo = Jpeg(80_000);
        await upload.AnnounceAsync(Announce("announce", South, target, photo));
        await upload.StageBlockAsync(South, 1, Blocks(photo)[1]);

        var error = await Assert.ThrowsAsync<DomainException>(() => upload.CommitAsync(new CommitUpload("commit", South)));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Contains("0, 2", error.MessageEn);
        Assert.Equal([0, 2], (await upload.GetAsync(South)).MissingBlocks);
    }

    /// <summary>A photo whose bytes do not match the announced SHA-256 is not kept; sending the right bytes then succeeds.</summary>
    [Fact]
    public async Task Commit_BadChecksum_NothingKeptAndRestartable()
    {
        var (upload, target) = await ReceiptPhotoAsync();
        var photo = Jpeg(60_000);
        var corrupted = (byte[])photo.Clone();
        corrupted[40_000] ^= 0xFF;
        await upload.AnnounceAsync(Announce("announce", South, target, photo));
        await SendAllAsync(upload, corrupted);

        var error = await Assert.ThrowsAsync<DomainException>(() => upload.CommitAsync(new CommitUpload("commit", South)));
        var after = await upload.GetAsync(South);
        var unread = await Assert.ThrowsAsync<DomainException>(() => upload.ReadAsync(South));
        await SendAllAsync(upload, photo);
        var committed = await upload.CommitAsync(new CommitUpload("commit-again", South));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Contains("SHA-256", error.MessageEn);
        Assert.Equal(UploadStatus.Announced, after.Status);
        Assert.Equal([0, 1], after.MissingBlocks);
        Assert.Equal(DomainErrorCode.NotFound, unread.Code);
        Assert.Equal(UploadStatus.Committed, committed.Status);
        Assert.Equal(photo, (await upload.ReadAsync(South)).Bytes);
    }

    /// <summary>A JPEG announced as PNG (checksum right) is refused on its first bytes and not kept.</summary>
    [Fact]
    public async Task Commit_WrongMagicBytes_RefusedAndNotKept()
    {
        var (upload, target) = await ReceiptPhotoAsync();
        var photo = Jpeg(50_000);
        await upload.AnnounceAsync(Announce("announce", South, target, photo, "image/png"));
        await SendAllAsync(upload, photo);

        var error = await Assert.ThrowsAsync<DomainException>(() => upload.CommitAsync(new CommitUpload("commit", South)));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Contains("PNG", error.MessageEn);
        Assert.Equal(UploadStatus.Announced, (await upload.GetAsync(South)).Status);
        Assert.Null(await cluster.Store.ReadAsync(UploadRules.BlobName(upload.GetPrimaryKeyString(), 1)));
    }

    /// <summary>A photo over 1 MiB is refused at announcement, with the limit in the message, and nothing is announced.</summary>
    [Fact]
    public async Task Announce_TooBig_RefusedWithTheLimit()
    {
        var (upload, target) = await ReceiptPhotoAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => upload.AnnounceAsync(
            new AnnounceUpload("announce", South, target, "image/jpeg", UploadRules.MaxSize + 1, Sha256([1]))));
        var unknown = await Assert.ThrowsAsync<DomainException>(() => upload.GetAsync(South));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Contains("1048576", error.MessageEn);
        Assert.Equal(DomainErrorCode.NotFound, unknown.Code);
    }

    /// <summary>Only JPEG, PNG and WebP are accepted; the refusal names them.</summary>
    [Fact]
    public async Task Announce_WrongType_RefusedNamingTheAcceptedOnes()
    {
        var (upload, target) = await ReceiptPhotoAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => upload.AnnounceAsync(
            new AnnounceUpload("announce", South, target, "application/pdf", 1000, Sha256([1]))));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Contains("JPEG", error.MessageEn);
        Assert.Contains("WebP", error.MessageFr);
    }

    /// <summary>A block index outside the photo is refused and stores nothing.</summary>
    [Fact]
    public async Task Block_OutOfRange_Refused()
    {
        var (upload, target) = await ReceiptPhotoAsync();
        var photo = Jpeg(40_000);
        await upload.AnnounceAsync(Announce("announce", South, target, photo));

        var error = await Assert.ThrowsAsync<DomainException>(() => upload.StageBlockAsync(South, 2, new byte[100]));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Contains("0 to 1", error.MessageEn);
        Assert.Equal([0, 1], (await upload.GetAsync(South)).MissingBlocks);
    }

    /// <summary>Every block but the last is exactly 32,768 bytes and the last exactly the rest; other lengths are refused.</summary>
    [Fact]
    public async Task Block_WrongLength_Refused()
    {
        var (upload, target) = await ReceiptPhotoAsync();
        var photo = Jpeg(40_000);
        await upload.AnnounceAsync(Announce("announce", South, target, photo));

        var shortFirst = await Assert.ThrowsAsync<DomainException>(() => upload.StageBlockAsync(South, 0, new byte[1000]));
        var longLast = await Assert.ThrowsAsync<DomainException>(() => upload.StageBlockAsync(South, 1, new byte[UploadRules.BlockSize]));

        Assert.Equal((DomainErrorCode.Validation, DomainErrorCode.Validation), (shortFirst.Code, longLast.Code));
        Assert.Contains("32768", shortFirst.MessageEn);
        Assert.Contains("7232", longLast.MessageEn);
        Assert.Equal([0, 1], (await upload.GetAsync(South)).MissingBlocks);
    }

    /// <summary>
    /// Left uncommitted for 7 days, an upload reports itself expired, its blocks are gone from storage and new ones are
    /// refused; a restart opens a new week and the photo then goes through.
    /// </summary>
    [Fact]
    public async Task Upload_UncommittedSevenDays_ExpiredThenRestarted()
    {
        var (upload, target) = await ReceiptPhotoAsync();
        var photo = Jpeg(80_000);
        var blocks = Blocks(photo);
        await upload.AnnounceAsync(Announce("announce", South, target, photo));
        await upload.StageBlockAsync(South, 0, blocks[0]);
        cluster.Time.Advance(TimeSpan.FromDays(7));

        var expired = await upload.GetAsync(South);
        var refused = await Assert.ThrowsAsync<DomainException>(() => upload.StageBlockAsync(South, 1, blocks[1]));
        var leftBlocks = await BlocksInStorageAsync(UploadRules.BlobName(upload.GetPrimaryKeyString(), 1));
        var restarted = await upload.RestartAsync(new RestartUpload("restart", South));
        await SendAllAsync(upload, photo);
        var committed = await upload.CommitAsync(new CommitUpload("commit", South));

        Assert.Equal(UploadStatus.Expired, expired.Status);
        Assert.Equal([0, 1, 2], expired.MissingBlocks);
        Assert.Equal(DomainErrorCode.Conflict, refused.Code);
        Assert.Contains("restartUpload", refused.MessageEn);
        Assert.Equal(0, leftBlocks);
        Assert.Equal(UploadStatus.Announced, restarted.Status);
        Assert.Equal([0, 1, 2], restarted.MissingBlocks);
        Assert.True(restarted.ExpiresAt > expired.ExpiresAt);
        Assert.Equal(photo, (await upload.ReadAsync(South)).Bytes);
        Assert.Equal(UploadStatus.Committed, committed.Status);
    }

    /// <summary>
    /// An upload abandoned after one block, which no one asks about again: a reminder scheduled when it was announced
    /// expires it on the day, deleting its blocks, and goes; a second tick changes nothing.
    /// </summary>
    [Fact]
    public async Task Reminder_UnfinishedSevenDays_ExpiredBlocksDeletedOnce()
    {
        var (upload, target) = await ReceiptPhotoAsync();
        var photo = Jpeg(80_000);
        await upload.AnnounceAsync(Announce("announce", South, target, photo));
        await upload.StageBlockAsync(South, 0, Blocks(photo)[0]);
        var scheduled = await cluster.ReminderAsync(upload, UploadGrain.ExpiryReminder);
        cluster.Time.Advance(TimeSpan.FromDays(7));

        await Reminders.TickAsync(upload, UploadGrain.ExpiryReminder);
        var leftBlocks = await BlocksInStorageAsync(UploadRules.BlobName(upload.GetPrimaryKeyString(), 1));
        var reminder = await cluster.ReminderAsync(upload, UploadGrain.ExpiryReminder);
        await Reminders.TickAsync(upload, UploadGrain.ExpiryReminder);
        var expired = await upload.GetAsync(South);

        Assert.NotNull(scheduled);
        Assert.Equal(0, leftBlocks);
        Assert.Null(reminder);
        Assert.Equal(UploadStatus.Expired, expired.Status);
        Assert.Equal([0, 1, 2], expired.MissingBlocks);
    }

    /// <summary>A committed photo is kept for good: its reminder is cancelled, and a late tick leaves it as it was.</summary>
    [Fact]
    public async Task Reminder_Committed_CancelledAndPhotoKept()
    {
        var (upload, target) = await ReceiptPhotoAsync();
        var photo = Jpeg(30_000);
        await upload.AnnounceAsync(Announce("announce", South, target, photo));
        await SendAllAsync(upload, photo);
        await upload.CommitAsync(new CommitUpload("commit", South));
        var reminder = await cluster.ReminderAsync(upload, UploadGrain.ExpiryReminder);
        cluster.Time.Advance(TimeSpan.FromDays(8));

        await Reminders.TickAsync(upload, UploadGrain.ExpiryReminder);

        Assert.Null(reminder);
        Assert.Equal(UploadStatus.Committed, (await upload.GetAsync(South)).Status);
        Assert.Equal(photo, (await upload.ReadAsync(South)).Bytes);
    }

    /// <summary>A tick before the 7 days are up (a restart opened a new week) changes nothing and keeps the reminder.</summary>
    [Fact]
    public async Task Reminder_BeforeSevenDays_NothingChangesReminderKept()
    {
        var (upload, target) = await ReceiptPhotoAsync();
        var photo = Jpeg(30_000);
        await upload.AnnounceAsync(Announce("announce", South, target, photo));
        await upload.StageBlockAsync(South, 0, photo);

        await Reminders.TickAsync(upload, UploadGrain.ExpiryReminder);

        var after = await upload.GetAsync(South);
        Assert.Equal(UploadStatus.Announced, after.Status);
        Assert.Empty(after.MissingBlocks);
        Assert.NotNull(await cluster.ReminderAsync(upload, UploadGrain.ExpiryReminder));
    }

    /// <summary>Announcing an expired upload again with the same facts restarts it too.</summary>
    [Fact]
    public async Task Announce_AgainAfterExpiry_Restarts()
    {
        var (upload, target) = await ReceiptPhotoAsync();
        var photo = Jpeg(30_000);
        await upload.AnnounceAsync(Announce("announce", South, target, photo));
        cluster.Time.Advance(TimeSpan.FromDays(8));

        var again = await upload.AnnounceAsync(Announce("announce-again", South, target, photo));

        Assert.Equal(UploadStatus.Announced, again.Status);
        Assert.Equal([0], again.MissingBlocks);
    }

    /// <summary>Announcing again with the same facts (any action id) answers the same upload; other facts are a conflict.</summary>
    [Fact]
    public async Task Announce_Repeated_SameFactsIdempotentOtherFactsConflict()
    {
        var (upload, target) = await ReceiptPhotoAsync();
        var photo = Jpeg(80_000);
        var first = await upload.AnnounceAsync(Announce("announce", South, target, photo));
        await upload.StageBlockAsync(South, 0, Blocks(photo)[0]);

        var repeat = await upload.AnnounceAsync(Announce("announce", South, target, photo));
        var sameFacts = await upload.AnnounceAsync(Announce("announce-2", South, target, photo));
        var other = await Assert.ThrowsAsync<DomainException>(() => upload.AnnounceAsync(Announce("announce-3", South, target, Jpeg(80_000))));

        Assert.Equal(first.CreatedAt, repeat.CreatedAt);
        Assert.Equal([1, 2], repeat.MissingBlocks);
        Assert.Equal([1, 2], sameFacts.MissingBlocks);
        Assert.Equal(DomainErrorCode.Conflict, other.Code);
    }

    /// <summary>Committing again (a lost answer, or another device) answers the committed photo and changes nothing.</summary>
    [Fact]
    public async Task Commit_Repeated_Idempotent()
    {
        var (upload, target) = await ReceiptPhotoAsync();
        var photo = Jpeg(40_000);
        await upload.AnnounceAsync(Announce("announce", South, target, photo));
        await SendAllAsync(upload, photo);
        var first = await upload.CommitAsync(new CommitUpload("commit", South));

        var repeat = await upload.CommitAsync(new CommitUpload("commit", South));
        var other = await upload.CommitAsync(new CommitUpload("commit-other-device", South));
        await upload.StageBlockAsync(South, 0, new byte[UploadRules.BlockSize]);

        Assert.Equal(first.CommittedAt, repeat.CommittedAt);
        Assert.Equal(first.CommittedAt, other.CommittedAt);
        Assert.Equal(photo, (await upload.ReadAsync(South)).Bytes);
    }

    /// <summary>A committed photo is immutable: it cannot be restarted.</summary>
    [Fact]
    public async Task Restart_Committed_Conflict()
    {
        var (upload, target) = await ReceiptPhotoAsync();
        var photo = Jpeg(10_000);
        await upload.AnnounceAsync(Announce("announce", South, target, photo));
        await SendAllAsync(upload, photo);
        await upload.CommitAsync(new CommitUpload("commit", South));

        var error = await Assert.ThrowsAsync<DomainException>(() => upload.RestartAsync(new RestartUpload("restart", South)));

        Assert.Equal(DomainErrorCode.Conflict, error.Code);
        Assert.Equal(photo, (await upload.ReadAsync(South)).Bytes);
    }

    /// <summary>A restart sent twice drops the blocks once: blocks sent after the first stay.</summary>
    [Fact]
    public async Task Restart_Repeated_KeepsBlocksSentSince()
    {
        var (upload, target) = await ReceiptPhotoAsync();
        var photo = Jpeg(80_000);
        var blocks = Blocks(photo);
        await upload.AnnounceAsync(Announce("announce", South, target, photo));
        await upload.StageBlockAsync(South, 0, blocks[0]);
        await upload.RestartAsync(new RestartUpload("restart", South));
        await upload.StageBlockAsync(South, 1, blocks[1]);

        var repeat = await upload.RestartAsync(new RestartUpload("restart", South));

        Assert.Equal([0, 2], repeat.MissingBlocks);
    }

    /// <summary>Receipt photos are the South side's; North staff, third partners and outsiders may not send them.</summary>
    [Fact]
    public async Task Announce_ReceiptPhotoByOtherThanSouth_Forbidden()
    {
        var (upload, target) = await ReceiptPhotoAsync();
        var photo = Jpeg(10_000);

        var codes = new List<DomainErrorCode>();
        foreach (var actor in new[] { Staff, Researcher, TestPartnerships.Outsider })
            codes.Add((await Assert.ThrowsAsync<DomainException>(() => upload.AnnounceAsync(Announce("announce", actor, target, photo)))).Code);

        Assert.All(codes, code => Assert.Equal(DomainErrorCode.Forbidden, code));
    }

    /// <summary>Report photos are the North side's; the South agent may not send them, and blocks follow the same rule.</summary>
    [Fact]
    public async Task ReportPhoto_NorthSends_SouthRefused_MembersRead()
    {
        var (partnership, report) = await TestReports.DraftedAsync(Grains);
        var upload = Grains.GetGrain<IUploadGrain>(UploadRules.KeyFor(partnership.GetPrimaryKeyString(), NewUploadId()));
        var target = new UploadTarget(UploadTargetKind.Report, report.GetPrimaryKeyString(), null);
        var photo = Png(20_000);

        var bySouth = await Assert.ThrowsAsync<DomainException>(() => upload.AnnounceAsync(Announce("announce", South, target, photo, "image/png")));
        await upload.AnnounceAsync(Announce("announce", Staff, target, photo, "image/png"));
        var blockBySouth = await Assert.ThrowsAsync<DomainException>(() => upload.StageBlockAsync(South, 0, photo));
        await upload.StageBlockAsync(Staff, 0, photo);
        await upload.CommitAsync(new CommitUpload("commit", Staff));

        Assert.Equal(DomainErrorCode.Forbidden, bySouth.Code);
        Assert.Equal(DomainErrorCode.Forbidden, blockBySouth.Code);
        Assert.Equal(photo, (await upload.ReadAsync(South)).Bytes);
        Assert.Equal(photo, (await upload.ReadAsync(Researcher)).Bytes);
        Assert.Equal(DomainErrorCode.Forbidden, (await Assert.ThrowsAsync<DomainException>(() => upload.ReadAsync(TestPartnerships.Outsider))).Code);
    }

    /// <summary>A photo for an item the shipment does not have is refused when announced.</summary>
    [Fact]
    public async Task Announce_UnknownItem_NotFound()
    {
        var (upload, target) = await ReceiptPhotoAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => upload.AnnounceAsync(Announce("announce", South, target with { ItemId = "i99" }, Jpeg(1000))));

        Assert.Equal(DomainErrorCode.NotFound, error.Code);
    }

    /// <summary>A target in another partnership than the upload's is refused.</summary>
    [Fact]
    public async Task Announce_TargetOfAnotherPartnership_Refused()
    {
        var (_, target) = await ReceiptPhotoAsync();
        var (other, _) = await ReceiptPhotoAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => other.AnnounceAsync(Announce("announce", South, target, Jpeg(1000))));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
    }

    /// <summary>An upload of a fresh partnership's shipped shipment, for item i2 (the screen).</summary>
    /// <summary>
    /// A piece of an application (a signed convention exported to PDF, 200 KB) goes through the same resumable upload
    /// as photos: announced by the applicant's North staff, sent in blocks, checked and kept, read back by members.
    /// </summary>
    [Fact]
    public async Task ApplicationPiece_Pdf_SentInBlocksAndKept()
    {
        var (upload, target) = await ApplicationPieceAsync();
        var pdf = Pdf(200_000);

        var announced = await upload.AnnounceAsync(Announce("announce", Staff, target, pdf, "application/pdf"));
        await SendAllAsync(upload, pdf, Staff);
        var committed = await upload.CommitAsync(new CommitUpload("commit", Staff));

        Assert.Equal(7, announced.BlockCount);
        Assert.Equal(UploadStatus.Committed, committed.Status);
        var read = await upload.ReadAsync(Researcher);
        Assert.Equal(pdf, read.Bytes);
        Assert.Equal("application/pdf", read.ContentType);
    }

    /// <summary>A piece may weigh up to 8 MiB (a scanned délibération), a photo 1 MiB; beyond, refused with the limit.</summary>
    [Fact]
    public async Task ApplicationPiece_Size_UpTo8MiB()
    {
        var (piece, pieceTarget) = await ApplicationPieceAsync();
        var (photo, photoTarget) = await ReceiptPhotoAsync();

        var big = await piece.AnnounceAsync(new AnnounceUpload("big", Staff, pieceTarget, "application/pdf", 3 * 1024 * 1024, Sha256([1])));
        var (other, _) = await ApplicationPieceAsync();
        var tooBig = await Assert.ThrowsAsync<DomainException>(() =>
            other.AnnounceAsync(new AnnounceUpload("too-big", Staff, pieceTarget, "application/pdf", UploadRules.MaxPieceSize + 1, Sha256([1]))));
        var photoAt3MiB = await Assert.ThrowsAsync<DomainException>(() =>
            photo.AnnounceAsync(new AnnounceUpload("photo", South, photoTarget, "image/jpeg", 3 * 1024 * 1024, Sha256([1]))));

        Assert.Equal(96, big.BlockCount);
        Assert.Equal(DomainErrorCode.Validation, tooBig.Code);
        Assert.Contains("8 Mio", tooBig.Message);
        Assert.Equal(DomainErrorCode.Validation, photoAt3MiB.Code);
    }

    /// <summary>A transaction's document (a PDF invoice) is sent by North staff to the partnership's ledger; the South may not send one.</summary>
    [Fact]
    public async Task LedgerDocument_NorthSendsPdf_SouthRefused()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var slug = partnership.GetPrimaryKeyString();
        var target = new UploadTarget(UploadTargetKind.Ledger, Cooperation.Grains.Money.LedgerRules.KeyFor(slug, 2026), null);
        var upload = Grains.GetGrain<IUploadGrain>(UploadRules.KeyFor(slug, NewUploadId()));
        var other = Grains.GetGrain<IUploadGrain>(UploadRules.KeyFor(slug, NewUploadId()));

        var announced = await upload.AnnounceAsync(Announce("announce", Staff, target, Pdf(10_000), "application/pdf"));
        var south = await Assert.ThrowsAsync<DomainException>(() => other.AnnounceAsync(Announce("announce", South, target, Pdf(10_000), "application/pdf")));

        Assert.Equal((UploadStatus.Announced, UploadTargetKind.Ledger), (announced.Status, announced.Target.Kind));
        Assert.Equal(DomainErrorCode.Forbidden, south.Code);
    }

    /// <summary>A PDF is a piece of an application, never a receipt photo.</summary>
    [Fact]
    public async Task Announce_PdfAsReceiptPhoto_Refused()
    {
        var (upload, target) = await ReceiptPhotoAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => upload.AnnounceAsync(Announce("announce", South, target, Pdf(10_000), "application/pdf")));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Equal(DomainErrorCode.NotFound, (await Assert.ThrowsAsync<DomainException>(() => upload.GetAsync(South))).Code);
    }

    /// <summary>A file announced as a PDF whose first bytes are not "%PDF-" (a renamed picture) is refused and not kept.</summary>
    [Fact]
    public async Task ApplicationPiece_NotReallyPdf_RefusedAndNotKept()
    {
        var (upload, target) = await ApplicationPieceAsync();
        var jpeg = Jpeg(40_000);
        await upload.AnnounceAsync(Announce("announce", Staff, target, jpeg, "application/pdf"));
        await SendAllAsync(upload, jpeg, Staff);

        var error = await Assert.ThrowsAsync<DomainException>(() => upload.CommitAsync(new CommitUpload("commit", Staff)));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Contains("PDF", error.Message);
        Assert.Equal(UploadStatus.Announced, (await upload.GetAsync(Staff)).Status);
    }

    /// <summary>Only the applicant side attaches pieces: the South agent and a third partner are refused.</summary>
    [Fact]
    public async Task ApplicationPiece_ByOtherThanApplicant_Forbidden()
    {
        var (upload, target) = await ApplicationPieceAsync();
        var pdf = Pdf(10_000);

        var codes = new List<DomainErrorCode>();
        foreach (var actor in new[] { South, Researcher, TestPartnerships.Outsider })
            codes.Add((await Assert.ThrowsAsync<DomainException>(() => upload.AnnounceAsync(Announce("announce", actor, target, pdf, "application/pdf")))).Code);

        Assert.All(codes, code => Assert.Equal(DomainErrorCode.Forbidden, code));
    }

    /// <summary>A piece uploaded under one partnership cannot be attached to another partnership's application.</summary>
    [Fact]
    public async Task ApplicationPiece_ApplicationOfAnotherPartnership_Refused()
    {
        var (_, target) = await ApplicationPieceAsync();
        var (other, _) = await ApplicationPieceAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => other.AnnounceAsync(Announce("announce", Staff, target, Pdf(1000), "application/pdf")));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
    }

    private async Task<(IUploadGrain Upload, UploadTarget Target)> ReceiptPhotoAsync()
    {
        var (partnership, shipment) = await TestShipments.ShippedAsync(Grains);
        var upload = Grains.GetGrain<IUploadGrain>(UploadRules.KeyFor(partnership.GetPrimaryKeyString(), NewUploadId()));
        return (upload, new UploadTarget(UploadTargetKind.ShipmentItem, shipment.GetPrimaryKeyString(), "i2"));
    }

    /// <summary>A new partnership's draft application to a new open call, and an upload of that partnership for its piece.</summary>
    private async Task<(IUploadGrain Upload, UploadTarget Target)> ApplicationPieceAsync()
    {
        var call = Grains.GetGrain<IFundCallGrain>(ClusterFixture.NewSlug("fsn"));
        await call.CreateAsync(new CreateFundCall("create", Actor.Seed, 2026, "Fonds de Solidarité Numérique — appel 2026", TestFunds.Envelope,
            cluster.Time.GetUtcNow().AddDays(60), false, TestFunds.Rubric, TestFunds.Pieces));
        var partnership = await TestPartnerships.NewAsync(Grains);
        var application = await TestFunds.DraftAsync(Grains, call, partnership);
        var upload = Grains.GetGrain<IUploadGrain>(UploadRules.KeyFor(partnership.GetPrimaryKeyString(), NewUploadId()));
        return (upload, new UploadTarget(UploadTargetKind.FundApplication, application.GetPrimaryKeyString(), null));
    }

    private static async Task SendAllAsync(IUploadGrain upload, byte[] photo, Actor? actor = null)
    {
        var blocks = Blocks(photo);
        for (var i = 0; i < blocks.Length; i++)
            await upload.StageBlockAsync(actor ?? South, i, blocks[i]);
    }

    private async Task<int> BlocksInStorageAsync(string blobName)
    {
        var blocks = await cluster.Store.BlocksAsync(blobName);
        return blocks.Committed.Count + blocks.Staged.Count;
    }
}

[Collection(BlobUploadClusterCollection.Name)]
public sealed class BlobUploadGrainTests(BlobUploadClusterFixture cluster) : UploadGrainTests(cluster);

[Collection(LocalDiskUploadClusterCollection.Name)]
public sealed class LocalDiskUploadGrainTests(LocalDiskUploadClusterFixture cluster) : UploadGrainTests(cluster);
