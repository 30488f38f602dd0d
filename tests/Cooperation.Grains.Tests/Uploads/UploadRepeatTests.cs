using Cooperation.Grains.Accounts;
using Cooperation.Grains.Tests.Shipments;
using Cooperation.Grains.Uploads;
using Cooperation.Grains.Uploads.Commands;
using static Cooperation.Grains.Tests.Uploads.TestPhotos;

namespace Cooperation.Grains.Tests.Uploads;

/// <summary>A repeated action id on a photo answers only the agent who sent it, with today's rights.</summary>
[Collection(LocalDiskUploadClusterCollection.Name)]
public sealed class UploadRepeatTests(LocalDiskUploadClusterFixture cluster)
{
    private static readonly Actor South = TestPartnerships.SouthAgent;
    private static readonly Actor SecondAgent = TestPartnerships.SecondSouthAgent;

    private IGrainFactory Grains => cluster.Grains;

    /// <summary>A receipt photo of a shipped shipment announced and sent whole by the South agent, with a second South agent in the partnership.</summary>
    private async Task<(IPartnershipGrain Partnership, IUploadGrain Upload)> SentAsync()
    {
        var (partnership, shipment) = await TestShipments.ShippedAsync(Grains);
        await partnership.SetMemberAsync(new SetPartnershipMember("member-south-2", Actor.Seed, SecondAgent.Id, SecondAgent.DisplayName, MemberRole.SouthAgent));
        var upload = Grains.GetGrain<IUploadGrain>(UploadRules.KeyFor(partnership.GetPrimaryKeyString(), NewUploadId()));
        var photo = Jpeg(40_000);
        await upload.AnnounceAsync(Announce("announce", South, new UploadTarget(UploadTargetKind.ShipmentItem, shipment.GetPrimaryKeyString(), "i2"), photo));
        var blocks = Blocks(photo);
        for (var i = 0; i < blocks.Length; i++)
            await upload.StageBlockAsync(South, i, blocks[i]);
        return (partnership, upload);
    }

    /// <summary>The agent's commit repeated by her: the committed photo; by another agent: CONFLICT.</summary>
    [Fact]
    public async Task Commit_RepeatedBySenderOrByAnother_CommittedOrConflict()
    {
        var (_, upload) = await SentAsync();
        var committed = await upload.CommitAsync(new CommitUpload("commit", South));

        var repeat = await upload.CommitAsync(new CommitUpload("commit", South));
        var byAnother = await Assert.ThrowsAsync<DomainException>(() => upload.CommitAsync(new CommitUpload("commit", SecondAgent)));

        Assert.Equal((UploadStatus.Committed, committed.CommittedAt), (repeat.Status, repeat.CommittedAt));
        Assert.Equal(DomainErrorCode.Conflict, byAnother.Code);
        Assert.Equal(ActionReceipts.Reused("commit").Message, byAnother.Message);
    }

    /// <summary>A repeat is checked against today's rights: the agent who left the partnership is refused, not answered.</summary>
    [Fact]
    public async Task Commit_RepeatAfterLeaving_Forbidden()
    {
        var (partnership, upload) = await SentAsync();
        await upload.CommitAsync(new CommitUpload("commit", South));

        await partnership.SetMemberAsync(new SetPartnershipMember("south-leaves", Actor.Seed, South.Id, South.DisplayName, null));
        var error = await Assert.ThrowsAsync<DomainException>(() => upload.CommitAsync(new CommitUpload("commit", South)));

        Assert.Equal(DomainErrorCode.Forbidden, error.Code);
    }
}
