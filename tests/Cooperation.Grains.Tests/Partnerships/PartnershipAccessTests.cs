using Cooperation.Grains.Accounts;

namespace Cooperation.Grains.Tests.Partnerships;

[Collection(ClusterCollection.Name)]
public sealed class PartnershipAccessTests(ClusterFixture cluster)
{
    private IGrainFactory Grains => cluster.Grains;

    /// <summary>A South agent plans and changes South-side milestones.</summary>
    [Fact]
    public async Task SouthAgent_SouthSideMilestone_PlansAndRecordsProgress()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);

        var planned = await partnership.PlanMilestoneAsync(TestPartnerships.Plan("s1", side: PartnershipSide.South, actor: TestPartnerships.SouthAgent));
        var progressed = await partnership.RecordMilestoneProgressAsync(new RecordMilestoneProgress("s2", TestPartnerships.SouthAgent, planned.Id, null, 30));

        Assert.Equal(30, progressed.Progress);
        var entry = Assert.Single(await partnership.GetHistoryAsync(TestPartnerships.SouthAgent), e => e is { Action: "MilestoneProgressRecorded", Field: "progress" });
        Assert.Equal(TestPartnerships.SouthAgent, entry.Actor);
    }

    /// <summary>A South agent may not plan or change a North-side or joint milestone; nothing changes.</summary>
    [Fact]
    public async Task SouthAgent_NorthSideMilestone_Forbidden()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var north = await partnership.PlanMilestoneAsync(TestPartnerships.Plan("n1", side: PartnershipSide.North));

        var plan = await Assert.ThrowsAsync<DomainException>(() =>
            partnership.PlanMilestoneAsync(TestPartnerships.Plan("s1", side: PartnershipSide.Joint, actor: TestPartnerships.SouthAgent)));
        var change = await Assert.ThrowsAsync<DomainException>(() =>
            partnership.CompleteMilestoneAsync(new CompleteMilestone("s2", TestPartnerships.SouthAgent, north.Id, null)));

        Assert.Equal((DomainErrorCode.Forbidden, DomainErrorCode.Forbidden), (plan.Code, change.Code));
        Assert.Equal([north], await partnership.GetMilestonesAsync(TestPartnerships.Staff));
    }

    /// <summary>A third partner reads milestones and history but changes nothing.</summary>
    [Fact]
    public async Task ThirdPartner_ReadsButCannotPlan()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        await partnership.PlanMilestoneAsync(TestPartnerships.Plan("n1"));

        var milestones = await partnership.GetMilestonesAsync(TestPartnerships.Researcher);
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            partnership.PlanMilestoneAsync(TestPartnerships.Plan("r1", actor: TestPartnerships.Researcher)));

        Assert.Single(milestones);
        Assert.Equal(DomainErrorCode.Forbidden, error.Code);
    }

    /// <summary>Someone outside the partnership can neither read inside it nor change it, whether it exists or not.</summary>
    [Fact]
    public async Task Outsider_ExistingOrUnknownPartnership_SameForbidden()
    {
        var existing = await TestPartnerships.NewAsync(Grains);
        var unknown = Grains.GetGrain<IPartnershipGrain>(ClusterFixture.NewSlug());

        var onExisting = await Assert.ThrowsAsync<DomainException>(() => existing.GetMilestonesAsync(TestPartnerships.Outsider));
        var onUnknown = await Assert.ThrowsAsync<DomainException>(() => unknown.GetMilestonesAsync(TestPartnerships.Outsider));

        Assert.Equal(DomainErrorCode.Forbidden, onExisting.Code);
        Assert.Equal((onExisting.Code, onExisting.Message), (onUnknown.Code, onUnknown.Message));
    }

    /// <summary>
    /// One read gives the public profile to anyone and the milestones only to those who may see them: an outsider gets
    /// the profile with none, not an error; an unknown partnership reads as nothing, whoever asks.
    /// </summary>
    [Fact]
    public async Task Read_ProfileForAll_MilestonesForMembersOnly()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var planned = await partnership.PlanMilestoneAsync(TestPartnerships.Plan("n1"));

        var member = await partnership.ReadAsync(TestPartnerships.Researcher);
        var outsider = await partnership.ReadAsync(TestPartnerships.Outsider);
        var unknown = await Grains.GetGrain<IPartnershipGrain>(ClusterFixture.NewSlug()).ReadAsync(TestPartnerships.Staff);

        Assert.Equal([planned], member!.Milestones);
        Assert.Equivalent(await partnership.FindAsync(), member.Profile, strict: true);
        Assert.Equivalent(member.Profile, outsider!.Profile, strict: true);
        Assert.Null(outsider.Milestones);
        Assert.Null(unknown);
    }

    /// <summary>Members are listed by side, and each change of membership is in the partnership's history.</summary>
    [Fact]
    public async Task SetMember_AddChangeRemove_ListedAndInHistory()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);

        await partnership.SetMemberAsync(new SetPartnershipMember("m1", Actor.Seed, "nouvel@agent.example", "Nouvel agent", MemberRole.SouthAgent));
        await partnership.SetMemberAsync(new SetPartnershipMember("m2", Actor.Seed, "nouvel@agent.example", "Nouvel agent", MemberRole.NorthStaff));
        await partnership.SetMemberAsync(new SetPartnershipMember("m3", Actor.Seed, TestPartnerships.Researcher.Id, TestPartnerships.Researcher.DisplayName, null));

        var members = await partnership.GetMembersAsync(TestPartnerships.Staff);
        Assert.Equal(MemberRole.NorthStaff, members.Single(m => m.AccountId == "nouvel@agent.example").Role);
        Assert.DoesNotContain(members, m => m.AccountId == TestPartnerships.Researcher.Id);
        var actions = (await partnership.GetHistoryAsync(TestPartnerships.Staff)).Select(e => e.Action).ToList();
        Assert.Contains("MemberRoleChanged", actions);
        Assert.Contains("MemberRemoved", actions);
    }

    /// <summary>Only the platform or an administrator changes members.</summary>
    [Fact]
    public async Task SetMember_ByNorthStaff_Forbidden()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() => partnership.SetMemberAsync(
            new SetPartnershipMember("m1", TestPartnerships.Staff, "ami@agent.example", "Ami", MemberRole.NorthStaff)));

        Assert.Equal(DomainErrorCode.Forbidden, error.Code);
    }
}
