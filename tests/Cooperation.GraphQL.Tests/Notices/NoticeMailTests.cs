using Azure.Storage.Blobs;
using Cooperation.Grains.Reports;
using Cooperation.GraphQL.Reports;
using Cooperation.Silo.Seeding;
using MimeKit;

namespace Cooperation.GraphQL.Tests.Notices;

/// <summary>
/// The host as <c>./run</c> starts it, with the demo data, mailing through an SMTP server in this process: the mailbox
/// shows each demo person's invitation, the reset code the administrator issued to the person who asked for one, and
/// the North's reminders of the Cérénum reports, the one overdue and the one falling due, one mail per event
/// even when the event is told again; and a person's notices are hers alone.
/// </summary>
public sealed class NoticeMailTests : IAsyncLifetime
{
    private const string Notices = "{ viewer { notices { totalCount unreadCount choice nodes { id kind titleFr titleEn read } } } }";

    private readonly string _container = $"notices-{Guid.NewGuid():N}";
    private readonly MailCatcher _mail = new();
    private ApiHost? _host;

    private HttpClient Http => _host!.Http;

    private static string Body(MimeMessage message) => message.TextBody ?? "";

    private static bool Subject(MimeMessage message, string part) => (message.Subject ?? "").Contains(part, StringComparison.Ordinal);

    /// <summary>Each demo person receives her invitation, French first with English below, once; the code is in it.</summary>
    [Fact]
    public async Task DemoData_EachPersonInvitedByMailOnce()
    {
        foreach (var person in DemoPeople.All)
        {
            var invitation = Assert.Single(await _mail.AwaitAsync(person.Email, m => Subject(m, "Votre invitation à Coopération")));
            Assert.Contains("Your invitation to Coopération", invitation.Subject);
            var text = invitation.TextBody ?? "";
            Assert.True(text.IndexOf("votre code d'invitation est", StringComparison.Ordinal) < text.IndexOf("your invitation code is", StringComparison.Ordinal));
        }
    }

    /// <summary>The seeded Cérénum draft is overdue: its North member hears of it by mail and in the app; its South member does not.</summary>
    [Fact]
    public async Task DemoData_OverdueReport_NorthRemindedOnce()
    {
        var reminder = Assert.Single(await _mail.AwaitAsync(People.HavreNorth, m => Subject(m, "Rapport en retard")));
        var notices = await NoticesOfAsync(People.HavreNorth);
        var south = await NoticesOfAsync(People.SaintLouisSouth);

        Assert.Contains("cerenum", reminder.MessageId ?? "");
        Assert.Contains(notices["nodes"]!.AsArray(), n => n!["kind"]!.GetValue<string>() == "REPORT_OVERDUE");
        Assert.DoesNotContain(south["nodes"]!.AsArray(), n => n!["kind"]!.GetValue<string>() == "REPORT_OVERDUE");
    }

    /// <summary>
    /// The demo person who asked for a new password receives the reset code the administrator issued her, French first
    /// with English below, once; her password still opens her account until she uses it.
    /// </summary>
    [Fact]
    public async Task DemoData_ResetCodeMailedOnce()
    {
        var person = DemoPeople.AskedForReset.Email;

        var mail = Assert.Single(await _mail.AwaitAsync(person, m => Subject(m, "Votre code de réinitialisation")));
        var signedIn = await Http.SignInAsync(person);

        Assert.Contains("Your password reset code", mail.Subject);
        var text = Body(mail);
        Assert.True(text.IndexOf("Votre code de réinitialisation est ", StringComparison.Ordinal) < text.IndexOf("Your password reset code is ", StringComparison.Ordinal));
        Assert.False(string.IsNullOrEmpty(signedIn.AccessToken));
    }

    /// <summary>The seeded Cérénum report falling due within 14 days: its North member hears « Rapport à rendre » by mail and in the app.</summary>
    [Fact]
    public async Task DemoData_ReportFallingDue_NorthRemindedOnce()
    {
        var reminder = Assert.Single(await _mail.AwaitAsync(People.HavreNorth, m => Subject(m, "Rapport à rendre")));
        var notices = await NoticesOfAsync(People.HavreNorth);

        Assert.Contains("Report due on", reminder.Subject);
        Assert.Contains("cerenum", reminder.MessageId ?? "");
        Assert.Contains(notices["nodes"]!.AsArray(), n => n!["kind"]!.GetValue<string>() == "REPORT_DUE_SOON");
    }

    /// <summary>
    /// A report returned twice by the same action (a retry after a lost answer) is one notice and one mail; returned
    /// again later, after a new submission, it is a second event. The mails of one person leave in order, so once the
    /// second is in the mailbox, a copy of the first would be there too.
    /// </summary>
    [Fact]
    public async Task ReturnedTwiceBySameAction_OneMail_ReturnedAgain_Another()
    {
        var report = ReportLookup.GlobalIdOf(ReportRules.Key("seneclic", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)));
        var south = (await Http.SignInAsync(People.SenegalSouth)).AccessToken;
        var north = (await Http.SignInAsync(People.BesanconNorth)).AccessToken;
        var returnIt = "mutation($i: ReturnReportInput!) { returnReport(input: $i) { clientMutationId } }";
        var first = new { i = new { clientMutationId = "return-1", reportId = report, comment = "Ajoutez le nombre d'écoles équipées." } };

        await Http.PostGraphQLAsync(returnIt, first, south);
        await Http.PostGraphQLAsync(returnIt, first, south);
        await Http.PostGraphQLAsync("mutation($i: SubmitReportInput!) { submitReport(input: $i) { clientMutationId } }",
            new { i = new { clientMutationId = "submit-2", reportId = report } }, north);
        await Http.PostGraphQLAsync(returnIt, new { i = new { clientMutationId = "return-2", reportId = report, comment = "Merci de préciser." } }, south);

        var second = await _mail.AwaitAsync(People.BesanconNorth, m => Subject(m, "Rapport renvoyé") && Body(m).Contains("Merci de préciser."));
        Assert.Single(second);
        Assert.Single(_mail.To(People.BesanconNorth), m => Subject(m, "Rapport renvoyé") && Body(m).Contains("Ajoutez le nombre d'écoles équipées."));
        var notices = await NoticesOfAsync(People.BesanconNorth);
        Assert.Equal(2, notices["nodes"]!.AsArray().Count(n => n!["kind"]!.GetValue<string>() == "REPORT_RETURNED"));
    }

    /// <summary>Marking read keeps the notices and drops the unread count; choosing « none » is kept; another person reads only her own.</summary>
    [Fact]
    public async Task MarkReadAndChoose_OwnNoticesOnly()
    {
        // A notice made by an action, there once the action is answered (a reminder's would come at its own pace).
        var report = ReportLookup.GlobalIdOf(ReportRules.Key("seneclic", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)));
        var south = (await Http.SignInAsync(People.SenegalSouth)).AccessToken;
        await Http.PostGraphQLAsync("mutation($i: ReturnReportInput!) { returnReport(input: $i) { clientMutationId } }",
            new { i = new { clientMutationId = "return-to-read", reportId = report, comment = "Ajoutez les écoles équipées." } }, south);
        var token = (await Http.SignInAsync(People.BesanconNorth)).AccessToken;

        var (_, marked) = await Http.PostGraphQLAsync("mutation($i: MarkNoticesReadInput!) { markNoticesRead(input: $i) { notices { unreadCount totalCount } } }",
            new { i = new { clientMutationId = "read-all" } }, token);
        var (_, chosen) = await Http.PostGraphQLAsync("mutation($i: SetNoticeChoiceInput!) { setNoticeChoice(input: $i) { notices { choice } } }",
            new { i = new { clientMutationId = "choose", choice = "NONE" } }, token);
        var administrator = (await Http.SignInAsync(People.Administrator)).AccessToken;
        var (_, other) = await Http.PostGraphQLAsync("query($e: String!) { person(email: $e) { notices { totalCount } } }", new { e = People.BesanconNorth }, administrator);

        Assert.Equal(0, marked["data"]!["markNoticesRead"]!["notices"]!["unreadCount"]!.GetValue<int>());
        Assert.True(marked["data"]!["markNoticesRead"]!["notices"]!["totalCount"]!.GetValue<int>() > 0);
        Assert.Equal("NONE", chosen["data"]!["setNoticeChoice"]!["notices"]!["choice"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", other.ErrorCode());
    }

    private async Task<JsonNode> NoticesOfAsync(string email)
    {
        var (_, body) = await Http.PostGraphQLAsync(Notices, null, (await Http.SignInAsync(email)).AccessToken);
        return body["data"]?["viewer"]?["notices"] ?? throw new InvalidOperationException(body.ToJsonString());
    }

    public async ValueTask InitializeAsync() => _host = await ApiHost.StartAsync(_container, _mail.Settings);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        _mail.Dispose();
        await new BlobServiceClient(ApiHost.StorageConnection).GetBlobContainerClient(_container).DeleteIfExistsAsync();
    }
}
