using Cooperation.Grains.Accounts;

namespace Cooperation.Grains.Tests.Partnerships;

/// <summary>A repeated action id answers only its sender, about the milestone or member it named, with today's rights.</summary>
[Collection(ClusterCollection.Name)]
public sealed class MilestoneRepeatTests(ClusterFixture cluster)
{
    private IGrainFactory Grains => cluster.Grains;

    private static Actor Staff => TestPartnerships.Staff;

    private static Actor South => TestPartnerships.SouthAgent;

    /// <summary>Two South-side milestones, the first of them edited by the South agent under "edit-1".</summary>
    private async Task<(IPartnershipGrain Partnership, Milestone Edited, Milestone Other)> EditedAsync()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var first = await partnership.PlanMilestoneAsync(TestPartnerships.Plan("plan-1"));
        var other = await partnership.PlanMilestoneAsync(TestPartnerships.Plan("plan-2", "Former les enseignants aux TICE"));
        var edited = await partnership.EditMilestoneAsync(new EditMilestone("edit-1", South, first.Id, null, "Équiper quatre salles multimédia", null));
        return (partnership, edited, other);
    }

    /// <summary>The same person, command and milestone: the first result, and no second history line.</summary>
    [Fact]
    public async Task EditMilestone_SamePersonSameMilestone_FirstResult()
    {
        var (partnership, edited, _) = await EditedAsync();
        var history = await partnership.GetHistoryAsync(Staff);

        var repeat = await partnership.EditMilestoneAsync(new EditMilestone("edit-1", South, edited.Id, null, "Équiper quatre salles multimédia", null));

        Assert.Equal(edited, repeat);
        Assert.Equal(history, await partnership.GetHistoryAsync(Staff));
    }

    /// <summary>One's own id sent about another milestone is another action under a reused id: CONFLICT, that milestone unchanged.</summary>
    [Fact]
    public async Task EditMilestone_SameIdOtherMilestone_ConflictNothingChanged()
    {
        var (partnership, _, other) = await EditedAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            partnership.EditMilestoneAsync(new EditMilestone("edit-1", South, other.Id, null, "Équiper quatre salles multimédia", null)));

        Assert.Equal(DomainErrorCode.Conflict, error.Code);
        Assert.Equal(ActionReceipts.Reused("edit-1").Message, error.Message);
        Assert.Equal(other, (await partnership.GetMilestonesAsync(Staff)).Single(m => m.Id == other.Id));
    }

    /// <summary>Someone else's id, even about the very milestone it changed, is refused: its answer is its sender's.</summary>
    [Fact]
    public async Task EditMilestone_AnotherPersonsId_Conflict()
    {
        var (partnership, edited, _) = await EditedAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            partnership.EditMilestoneAsync(new EditMilestone("edit-1", Staff, edited.Id, null, "Équiper quatre salles multimédia", null)));
        var plan = await Assert.ThrowsAsync<DomainException>(() => partnership.PlanMilestoneAsync(TestPartnerships.Plan("plan-1", actor: South)));

        Assert.Equal((DomainErrorCode.Conflict, DomainErrorCode.Conflict), (error.Code, plan.Code));
        Assert.Equal(2, (await partnership.GetMilestonesAsync(Staff)).Count);
    }

    /// <summary>
    /// A repeat is checked against today's rights: North staff who edited a North milestone, then became a South agent,
    /// is refused that side on a repeat as on a first call; removed from the partnership, refused everything.
    /// </summary>
    [Fact]
    public async Task EditMilestone_RepeatAfterLosingTheRight_Forbidden()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var north = await partnership.PlanMilestoneAsync(TestPartnerships.Plan("plan-north", "Préparer l'envoi", PartnershipSide.North));
        var edit = new EditMilestone("edit-north", Staff, north.Id, null, "Préparer l'envoi d'automne", null);
        await partnership.EditMilestoneAsync(edit);

        await partnership.SetMemberAsync(new SetPartnershipMember("staff-to-south", Actor.Seed, Staff.Id, Staff.DisplayName, MemberRole.SouthAgent));
        var otherSide = await Assert.ThrowsAsync<DomainException>(() => partnership.EditMilestoneAsync(edit));
        await partnership.SetMemberAsync(new SetPartnershipMember("staff-leaves", Actor.Seed, Staff.Id, Staff.DisplayName, null));
        var gone = await Assert.ThrowsAsync<DomainException>(() => partnership.EditMilestoneAsync(edit));

        Assert.Equal((DomainErrorCode.Forbidden, DomainErrorCode.Forbidden), (otherSide.Code, gone.Code));
    }

    /// <summary>A member change's id sent about another person is refused, and that person's membership is untouched.</summary>
    [Fact]
    public async Task SetMember_SameIdOtherPerson_Conflict()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() => partnership.SetMemberAsync(
            new SetPartnershipMember("member-south", Actor.Seed, "someone@else.example", "Quelqu'un d'autre", MemberRole.NorthStaff)));

        Assert.Equal(DomainErrorCode.Conflict, error.Code);
        Assert.DoesNotContain(await partnership.GetMembersAsync(Staff), m => m.AccountId == "someone@else.example");
    }
}
