using Cooperation.Grains.Notices;

namespace Cooperation.Grains.Tests.Notices;

/// <summary>
/// A person's notices: one per event however often it is told, kept until read, read by her alone, and mailed by her
/// choice — each event, one digest a day, or none — through an outbox that keeps a mail until the relay accepts it.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class NoticesGrainTests(ClusterFixture cluster)
{
    private static string NewAddress() => $"avis-{Guid.NewGuid():N}@guediawaye.example";

    private Notice Event(string id, string title = "Rapport à rendre") =>
        new(id, NoticeKind.ReportDueSoon, title, "Report due", "Le rapport est à soumettre.", "The report is to be submitted.", null, cluster.Time.GetUtcNow());

    /// <summary>The same event told twice (a reminder's second tick, an action sent again): one notice, one mail.</summary>
    [Fact]
    public async Task Post_SameEventTwice_OneNoticeOneMail()
    {
        var address = NewAddress();
        var notices = cluster.Grains.GetGrain<INoticesGrain>(address);

        var first = await notices.PostAsync(Event("due:r1"));
        var second = await notices.PostAsync(Event("due:r1"));
        await Reminders.TickAsync(notices, NoticesGrain.MailReminder);

        Assert.Equal((true, false), (first, second));
        var page = await notices.GetPageAsync(new Actor(address, "Aïssatou"), 0, 10);
        Assert.Equal((1, 1), (page.TotalCount, page.UnreadCount));
        var mail = Assert.Single(await cluster.Mail.AwaitAsync(address, 1));
        Assert.Equal("due:r1", mail.Id);
        Assert.StartsWith("Rapport à rendre / Report due", mail.Subject);
        Assert.True(mail.Text.IndexOf("Le rapport est à soumettre.", StringComparison.Ordinal) < mail.Text.IndexOf("The report is to be submitted.", StringComparison.Ordinal));
    }

    /// <summary>Another person neither reads nor marks someone's notices; nothing changes.</summary>
    [Fact]
    public async Task AnotherPerson_Refused_NothingChanges()
    {
        var address = NewAddress();
        var notices = cluster.Grains.GetGrain<INoticesGrain>(address);
        await notices.PostAsync(Event("due:r2"));
        var other = new Actor(NewAddress(), "Quelqu'un d'autre");

        var read = await Assert.ThrowsAsync<DomainException>(() => notices.GetPageAsync(other, 0, 10));
        var mark = await Assert.ThrowsAsync<DomainException>(() => notices.MarkReadAsync(other, null, 10));
        var choose = await Assert.ThrowsAsync<DomainException>(() => notices.SetChoiceAsync(other, NoticeChoice.None, 10));

        Assert.All([read, mark, choose], e => Assert.Equal(DomainErrorCode.Forbidden, e.Code));
        var page = await notices.GetPageAsync(new Actor(address, "Aïssatou"), 0, 10);
        Assert.Equal((1, NoticeChoice.EachEvent), (page.UnreadCount, page.Choice));
    }

    /// <summary>Read notices stay in the list, newest first, and no longer count as unread.</summary>
    [Fact]
    public async Task MarkRead_OneOfTwo_KeptAndUnreadCountDrops()
    {
        var address = NewAddress();
        var me = new Actor(address, "Aïssatou");
        var notices = cluster.Grains.GetGrain<INoticesGrain>(address);
        await notices.PostAsync(Event("first", "Premier"));
        await notices.PostAsync(Event("second", "Second"));

        var page = await notices.MarkReadAsync(me, ["first"], 10);

        Assert.Equal((2, 1), (page.TotalCount, page.UnreadCount));
        Assert.Equal(["second", "first"], page.Notices.Select(n => n.Id));
        Assert.Equal([false, true], page.Notices.Select(n => n.Read));
    }

    /// <summary>
    /// A daily digest: the day's notices leave together in one mail at the digest tick, and a second tick sends nothing
    /// more; the list has them all the while.
    /// </summary>
    [Fact]
    public async Task DailyDigest_TwoEvents_OneMailAtTheDigest()
    {
        var address = NewAddress();
        var me = new Actor(address, "Aïssatou");
        var notices = cluster.Grains.GetGrain<INoticesGrain>(address);
        await notices.SetChoiceAsync(me, NoticeChoice.DailyDigest, 10);
        // At 05:00 UTC: the digest is due at 07:00, and the tick comes a day later, at 05:00 again (a silo that was down
        // all that time): the digest that was due leaves then, not the next day's.
        var now = cluster.Time.GetUtcNow();
        cluster.Time.Advance((now.Date.AddHours(5) > now.UtcDateTime ? now.Date.AddHours(5) : now.Date.AddDays(1).AddHours(5)) - now.UtcDateTime);
        await notices.PostAsync(Event("d1", "Rapport à rendre"));
        await notices.PostAsync(Event("d2", "Livraison abîmée"));
        await Reminders.TickAsync(notices, NoticesGrain.MailReminder);
        var before = cluster.Mail.To(address).Count;

        cluster.Time.Advance(TimeSpan.FromDays(1));
        await Reminders.TickAsync(notices, NoticesGrain.DigestReminder);
        await Reminders.TickAsync(notices, NoticesGrain.DigestReminder);
        await Reminders.TickAsync(notices, NoticesGrain.MailReminder);

        Assert.Equal(0, before);
        var digest = Assert.Single(await cluster.Mail.AwaitAsync(address, 1));
        Assert.Contains("Rapport à rendre", digest.Text);
        Assert.Contains("Livraison abîmée", digest.Text);
        Assert.Equal(2, (await notices.GetPageAsync(me, 0, 10)).UnreadCount);
    }

    /// <summary>No mail at all: the notices are in the list only.</summary>
    [Fact]
    public async Task ChoiceNone_NoMail_ListKept()
    {
        var address = NewAddress();
        var me = new Actor(address, "Aïssatou");
        var notices = cluster.Grains.GetGrain<INoticesGrain>(address);
        await notices.SetChoiceAsync(me, NoticeChoice.None, 10);

        await notices.PostAsync(Event("n1"));
        await Reminders.TickAsync(notices, NoticesGrain.MailReminder);

        Assert.Empty(cluster.Mail.To(address));
        Assert.Equal(1, (await notices.GetPageAsync(me, 0, 10)).UnreadCount);
    }

    /// <summary>A relay that refuses: the mail stays in the outbox and leaves, once, when the relay takes it again.</summary>
    [Fact]
    public async Task RelayRefuses_MailKeptAndSentOnceAccepted()
    {
        var address = NewAddress();
        var notices = cluster.Grains.GetGrain<INoticesGrain>(address);
        cluster.Mail.Refusing[address] = true;

        await notices.PostAsync(Event("r1"));
        await Reminders.TickAsync(notices, NoticesGrain.MailReminder);
        var whileRefused = cluster.Mail.To(address).Count;
        var reminder = await cluster.ReminderAsync(notices, NoticesGrain.MailReminder);
        cluster.Mail.Refusing.TryRemove(address, out _);
        await Reminders.TickAsync(notices, NoticesGrain.MailReminder);
        await Reminders.TickAsync(notices, NoticesGrain.MailReminder);

        Assert.Equal(0, whileRefused);
        Assert.NotNull(reminder);
        Assert.Equal("r1", Assert.Single(cluster.Mail.To(address)).Id);
        Assert.Null(await cluster.ReminderAsync(notices, NoticesGrain.MailReminder));
    }
}
