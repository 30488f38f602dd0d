using Cooperation.Grains.Accounts;
using Cooperation.Grains.Missions.Commands;

namespace Cooperation.Grains.Tests.Missions;

/// <summary>A repeated action id on a mission answers only its sender, with today's rights.</summary>
[Collection(ClusterCollection.Name)]
public sealed class MissionRepeatTests(ClusterFixture cluster)
{
    private static readonly Actor South = TestPartnerships.SouthAgent;
    private static readonly Actor OtherAgent = TestPartnerships.SecondSouthAgent;

    private IGrainFactory Grains => cluster.Grains;

    /// <summary>A comment repeated by its author adds nothing; its id sent by another agent is CONFLICT, and no comment is added.</summary>
    [Fact]
    public async Task Comment_RepeatedBySenderOrByAnother_OneCommentOrConflict()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        await partnership.SetMemberAsync(new SetPartnershipMember("member-south-2", Actor.Seed, OtherAgent.Id, OtherAgent.DisplayName, MemberRole.SouthAgent));
        var (mission, _) = await TestMissions.PlannedAsync(Grains, partnership);
        var comment = new CommentOnMission("comment", South, "Les ateliers auront lieu à la mairie.");
        var first = await mission.CommentAsync(comment);

        var repeat = await mission.CommentAsync(comment);
        var byAnother = await Assert.ThrowsAsync<DomainException>(() => mission.CommentAsync(comment with { Actor = OtherAgent }));

        TestMissions.AssertSame(first, repeat);
        Assert.Equal(DomainErrorCode.Conflict, byAnother.Code);
        Assert.Single((await mission.GetAsync(South)).Comments);
    }

    /// <summary>Planning under someone else's plan id (the same mission key) is refused, not answered with their plan.</summary>
    [Fact]
    public async Task Plan_AnotherPersonsId_Conflict()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var otherStaff = new Actor("agent2@besancon.example", "Deuxième agent de Besançon");
        await partnership.SetMemberAsync(new SetPartnershipMember("member-north-2", Actor.Seed, otherStaff.Id, otherStaff.DisplayName, MemberRole.NorthStaff));
        var (mission, _) = await TestMissions.PlannedAsync(Grains, partnership);

        var error = await Assert.ThrowsAsync<DomainException>(() => mission.PlanAsync(new PlanMission("plan", otherStaff, TestMissions.Plan())));

        Assert.Equal(DomainErrorCode.Conflict, error.Code);
        Assert.Equal(ActionReceipts.Reused("plan").Message, error.Message);
    }

    /// <summary>A repeat is checked against today's rights: the agent who left the partnership is refused, not answered.</summary>
    [Fact]
    public async Task Comment_RepeatAfterLeaving_Forbidden()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var (mission, _) = await TestMissions.PlannedAsync(Grains, partnership);
        var comment = new CommentOnMission("comment", South, "Les ateliers auront lieu à la mairie.");
        await mission.CommentAsync(comment);

        await partnership.SetMemberAsync(new SetPartnershipMember("south-leaves", Actor.Seed, South.Id, South.DisplayName, null));
        var error = await Assert.ThrowsAsync<DomainException>(() => mission.CommentAsync(comment));

        Assert.Equal(DomainErrorCode.Forbidden, error.Code);
    }
}
