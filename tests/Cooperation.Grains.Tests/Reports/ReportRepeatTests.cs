using Cooperation.Grains.Accounts;
using Cooperation.Grains.Reports.Commands;
using Cooperation.Grains.Tests.Missions;

namespace Cooperation.Grains.Tests.Reports;

/// <summary>A repeated action id on a report answers only its sender, with today's rights.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ReportRepeatTests(ClusterFixture cluster)
{
    private static readonly Actor Staff = TestPartnerships.Staff;
    private static readonly Actor OtherStaff = new("agent2@besancon.example", "Deuxième agent de Besançon");

    private IGrainFactory Grains => cluster.Grains;

    /// <summary>The North staff's edit repeated by her: the report as it is now; by a colleague of the same side: CONFLICT, nothing changed.</summary>
    [Fact]
    public async Task EditReport_RepeatedBySenderOrByAnother_FirstResultOrConflict()
    {
        var (partnership, report) = await TestReports.DraftedAsync(Grains);
        await partnership.SetMemberAsync(new SetPartnershipMember("member-north-2", Actor.Seed, OtherStaff.Id, OtherStaff.DisplayName, MemberRole.NorthStaff));
        var edit = new EditReport("edit", Staff, null, Results: "260 ordinateurs reconditionnés.");
        var edited = await report.EditAsync(edit);

        var repeat = await report.EditAsync(edit);
        var byAnother = await Assert.ThrowsAsync<DomainException>(() => report.EditAsync(edit with { Actor = OtherStaff }));

        TestMissions.AssertSame(edited, repeat);
        Assert.Equal(DomainErrorCode.Conflict, byAnother.Code);
        TestMissions.AssertSame(edited, await report.GetAsync(Staff));
    }

    /// <summary>A repeat is checked against today's rights: North staff who left the partnership is refused, not answered.</summary>
    [Fact]
    public async Task EditReport_RepeatAfterLeaving_Forbidden()
    {
        var (partnership, report) = await TestReports.DraftedAsync(Grains);
        var edit = new EditReport("edit", Staff, null, Results: "260 ordinateurs reconditionnés.");
        await report.EditAsync(edit);

        await partnership.SetMemberAsync(new SetPartnershipMember("staff-leaves", Actor.Seed, Staff.Id, Staff.DisplayName, null));
        var error = await Assert.ThrowsAsync<DomainException>(() => report.EditAsync(edit));

        Assert.Equal(DomainErrorCode.Forbidden, error.Code);
    }
}
