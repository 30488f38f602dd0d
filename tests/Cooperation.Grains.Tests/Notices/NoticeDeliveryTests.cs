using Cooperation.Grains.Accounts;
using Cooperation.Grains.Accounts.Commands;
using Cooperation.Grains.Notices;
using Cooperation.Grains.Reports;
using Cooperation.Grains.Reports.Commands;
using Cooperation.Grains.Tests.Accounts;
using Cooperation.Grains.Tests.Reports;
using Orleans.Core.Internal;

namespace Cooperation.Grains.Tests.Notices;

/// <summary>
/// A notice is never lost between an action and its telling: the acting grain writes the notice with the action, so
/// when the people's notices are out of reach after the write, the action stands and the notice arrives once the
/// grain is back (its next activation), one notice however often it is told.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class NoticeDeliveryTests(ClusterFixture cluster)
{
    private IGrainFactory Grains => cluster.Grains;

    /// <summary>
    /// The South returns a report while the North's notices are out of reach: the return is recorded, no notice yet;
    /// once the report grain reactivates, the North has the notice, once.
    /// </summary>
    [Fact]
    public async Task ReportReturned_NoticesOutOfReach_ToldWhenReportReactivates()
    {
        var (partnership, report) = await TestReports.SubmittedAsync(Grains);
        var north = $"nord-{Guid.NewGuid():N}@besancon.example";
        await partnership.SetMemberAsync(new SetPartnershipMember("member-north-2", Actor.Seed, north, "Responsable Nord", MemberRole.NorthStaff));
        cluster.Notices.OutOfReach[north] = true;

        var returned = await report.ReturnAsync(new ReturnReport("return", TestPartnerships.SouthAgent, "Ajoutez le nombre d'écoles équipées."));
        var during = await NoticesAsync(north);
        cluster.Notices.OutOfReach.TryRemove(north, out _);
        await ReactivateAsync(report);
        await report.GetAsync(TestPartnerships.Staff);
        await ReactivateAsync(report);
        await report.GetAsync(TestPartnerships.Staff);

        Assert.Equal(ReportStatus.Returned, returned.Status);
        Assert.Empty(during);
        var notice = Assert.Single(await NoticesAsync(north));
        Assert.Equal($"report-returned:{report.GetPrimaryKeyString()}:1", notice.Id);
    }

    /// <summary>
    /// An administrator issues a reset code while the person's notices are out of reach: the code is issued; once the
    /// account reactivates, its mail leaves, once, with the code issued.
    /// </summary>
    [Fact]
    public async Task ResetCode_NoticesOutOfReach_MailedWhenAccountReactivates()
    {
        var administrator = await TestAccounts.NewAdministratorAsync(Grains);
        var person = await TestAccounts.NewActiveAsync(Grains);
        var account = Grains.GetGrain<IAccountGrain>(person.AccountId);
        cluster.Notices.OutOfReach[person.AccountId] = true;

        var code = await account.IssueResetCodeAsync(new IssueResetCode("reset", administrator));
        var during = cluster.Mail.To(person.AccountId).Count(m => m.Id.StartsWith("reset-code:", StringComparison.Ordinal));
        cluster.Notices.OutOfReach.TryRemove(person.AccountId, out _);
        await ReactivateAsync(account);
        await account.FindAsync();

        Assert.Equal(0, during);
        var mail = Assert.Single(await cluster.Mail.AwaitAsync(person.AccountId, $"reset-code:{person.AccountId}:{code.ExpiresAt.UtcTicks}"));
        Assert.Contains(code.Code, mail.Text);
    }

    /// <summary>Deactivates the grain: its next call finds it as its storage left it.</summary>
    private static Task ReactivateAsync(IAddressable grain) => grain.AsReference<IGrainManagementExtension>().DeactivateOnIdle().AsTask();

    private async Task<IReadOnlyList<Notice>> NoticesAsync(string person) =>
        (await Grains.GetGrain<INoticesGrain>(person).GetPageAsync(new Actor(person, "Responsable Nord"), 0, NoticesGrain.MaxPage)).Notices;
}
