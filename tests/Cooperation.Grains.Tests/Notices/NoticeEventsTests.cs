using Cooperation.Grains.Accounts;
using Cooperation.Grains.Annotations;
using Cooperation.Grains.Notices;
using Cooperation.Grains.Reports;
using Cooperation.Grains.Reports.Commands;
using Cooperation.Grains.Shipments;
using Cooperation.Grains.Shipments.Commands;
using Cooperation.Grains.Tests.Accounts;
using Cooperation.Grains.Tests.Annotations;
using Cooperation.Grains.Tests.Reports;
using Cooperation.Grains.Tests.Shipments;

namespace Cooperation.Grains.Tests.Notices;

/// <summary>Who hears of what: each event reaches the people it concerns, once however often it is told.</summary>
[Collection(ClusterCollection.Name)]
public sealed class NoticeEventsTests(ClusterFixture cluster)
{
    private IGrainFactory Grains => cluster.Grains;

    private static Actor Staff => TestPartnerships.Staff;

    private static Actor South => TestPartnerships.SouthAgent;

    private Task<NoticePage> PageOfAsync(Actor person) =>
        Grains.GetGrain<INoticesGrain>(person.Id).GetPageAsync(person, 0, NoticesGrain.MaxPage);

    /// <summary>A draft due in five days: the North hears once that it falls due, however often the reminder ticks; the South hears nothing.</summary>
    [Fact]
    public async Task DueSoon_TickedTwice_NorthToldOnce()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var end = DateOnly.FromDateTime(cluster.Time.GetUtcNow().UtcDateTime).AddDays(5 - ReportRules.GraceDays);
        var report = TestReports.Of(Grains, partnership, end.AddDays(-90), end);
        await report.DraftAsync(new DraftReport("d", Staff, TestReports.Content()));
        var id = $"report-due-soon:{report.GetPrimaryKeyString()}:{ReportRules.DueOn(end):yyyy-MM-dd}";

        await Reminders.TickAsync(report, ReportGrain.DueSoonReminder);
        await Reminders.TickAsync(report, ReportGrain.DueSoonReminder);

        Assert.Single((await PageOfAsync(Staff)).Notices, n => n.Id == id);
        Assert.DoesNotContain((await PageOfAsync(South)).Notices, n => n.Id == id);
        Assert.Single(await cluster.Mail.AwaitAsync(Staff.Id, id));
    }

    /// <summary>A report returned by the South: its authors, the North, hear of it with the reason.</summary>
    [Fact]
    public async Task Return_NorthToldWithReason()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var report = TestReports.Of(Grains, partnership);
        await report.DraftAsync(new DraftReport("d", Staff, TestReports.Content()));
        await report.SubmitAsync(new SubmitReport("s", Staff));

        await report.ReturnAsync(new ReturnReport("r", South, "Ajoutez le nombre d'écoles équipées."));

        var notice = Assert.Single((await PageOfAsync(Staff)).Notices, n => n.Id == $"report-returned:{report.GetPrimaryKeyString()}:1");
        Assert.Contains("Ajoutez le nombre d'écoles équipées.", notice.TextFr);
    }

    /// <summary>Items confirmed damaged and missing: the North hears of it once per action, sent twice or not.</summary>
    [Fact]
    public async Task DamagedAndMissing_NorthToldOncePerAction()
    {
        var (_, shipment) = await TestShipments.ShippedAsync(Grains);
        var confirm = new ConfirmShipmentItems("c-problems", South,
            [TestShipments.Item("i1", ReceiptVerdict.Damaged, "Écran fêlé"), TestShipments.Item("i2", ReceiptVerdict.Missing, "Absent du carton")]);

        await shipment.ConfirmItemsAsync(confirm);
        await shipment.ConfirmItemsAsync(confirm);

        var notice = Assert.Single((await PageOfAsync(Staff)).Notices, n => n.Id == $"delivery-problem:{shipment.GetPrimaryKeyString()}:c-problems");
        Assert.Contains("1 abîmé, 1 manquant", notice.TitleFr);
    }

    /// <summary>A reply to one's note: its author hears of it; the one who replied, not.</summary>
    [Fact]
    public async Task Reply_AuthorTold()
    {
        var (_, report, annotations) = await TestAnnotations.SubmittedReportAsync(Grains);
        var author = await TestAnnotations.ResearcherAsync(Grains, Grains.GetGrain<IPartnershipGrain>(report.GetPrimaryKeyString().Split('/')[0]), "Hélène", "LISST");
        await annotations.AnnotateAsync(TestAnnotations.Comment("question", author, TestAnnotations.Quote(TestAnnotations.ResultsV1, TestAnnotations.SurvivingQuote)));

        await annotations.ReplyAsync(TestAnnotations.Reply("answer", Staff, "question"));

        var notice = Assert.Single((await PageOfAsync(author)).Notices);
        Assert.Equal(NoticeKind.AnnotationReply, notice.Kind);
        Assert.Contains("Sept projets", notice.TextFr);
    }

    /// <summary>An invitation: its code goes to the address by mail, once even when the administrator's call is repeated; it is never listed in the app.</summary>
    [Fact]
    public async Task Invitation_MailedOnceWithCode()
    {
        var address = TestAccounts.NewEmail();
        var account = Grains.GetGrain<IAccountGrain>(address);

        var invitation = await account.InviteAsync(TestAccounts.Invite("invite", Actor.Seed));
        await account.InviteAsync(TestAccounts.Invite("invite", Actor.Seed));
        await Reminders.TickAsync(Grains.GetGrain<INoticesGrain>(address), NoticesGrain.MailReminder);

        var mail = Assert.Single(await cluster.Mail.AwaitAsync(address, 1));
        Assert.Contains(invitation.Code, mail.Text);
        Assert.Equal(0, (await PageOfAsync(new Actor(address, "Aïssatou Diop"))).TotalCount);
    }
}
