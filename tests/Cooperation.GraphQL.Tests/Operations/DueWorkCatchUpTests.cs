using Azure.Storage.Blobs;
using Cooperation.Grains.Accounts;
using Cooperation.Grains.Uploads;
using Cooperation.GraphQL.Tests.Reports;
using Cooperation.GraphQL.Tests.Shipments;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Runtime;
using static Cooperation.GraphQL.Tests.Uploads.UploadRequests;

namespace Cooperation.GraphQL.Tests.Operations;

/// <summary>
/// Work stored by the version before reminders, which checked dates only when someone asked: an unfinished upload, an
/// open invitation and an open draft whose states have no reminder. After the upgrade their work is done on the day,
/// with no one touching them. On a host of its own whose clock the test moves.
/// </summary>
public sealed class DueWorkCatchUpTests : IAsyncLifetime
{
    private const string Seneclic = "seneclic";

    private readonly string _container = $"catchup-{Guid.NewGuid():N}";
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    /// <summary>
    /// The three are made, their reminder rows removed (the previous version wrote none), a week passes while the
    /// platform is stopped, and it starts again: each gets its reminder back and its work is done — the upload's blocks
    /// deleted, the invitation recorded as lapsed, the report « en retard ».
    /// </summary>
    [Fact]
    public async Task StoredWithoutReminders_AfterUpgrade_WorkDoneUntouched()
    {
        var invited = $"awa-{Guid.NewGuid():N}@guediawaye.example";
        var uploadId = NewUploadId();
        string reportId, reportKey;
        (GrainId Grain, string Reminder)[] watched;
        await using (var previous = await ApiHost.StartAsync(_container, time: _time))
        {
            var marc = (await previous.Http.SignInAsync(People.BesanconNorth)).AccessToken;
            var fatou = (await previous.Http.SignInAsync(ShipmentRequests.SeneclicSouth)).AccessToken;
            var shipmentId = await ShipmentRequests.ShippedAsync(previous.Http, marc, Seneclic, "CATCHUP");
            var photo = Jpeg(70_000);
            await previous.Http.PostGraphQLAsync(Announce, ItemPhoto(Seneclic, uploadId, shipmentId, "i2", photo), fatou);
            await previous.Http.PutBlockAsync(fatou, Seneclic, uploadId, 0, Blocks(photo)[0]);

            var admin = (await previous.Http.SignInAsync(People.Administrator)).AccessToken;
            var (_, invitation) = await previous.Http.PostGraphQLAsync(
                "mutation($i: InvitePersonInput!) { invitePerson(input: $i) { invitationCode } }",
                new { i = new { clientMutationId = NewId("invite"), email = invited, displayName = "Awa Diop", roles = new[] { "ADMINISTRATOR" } } }, admin);
            Assert.Null(invitation["errors"]);

            // Due in three days: no other test's report has this key, whose reminder row would be shared.
            (reportId, reportKey, _) = await ReportDrafts.DueInAsync(previous.Http, marc, Seneclic, _time, days: 3);

            watched =
            [
                (GrainId.Create("upload", UploadRules.KeyFor(Seneclic, uploadId)), UploadGrain.ExpiryReminder),
                (GrainId.Create("account", AccountRules.Key(invited)), AccountGrain.LapseReminder),
                (GrainId.Create("report", reportKey), Grains.Reports.ReportGrain.OverdueReminder),
            ];
            var reminders = previous.Services.GetRequiredService<IReminderTable>();
            foreach (var (grain, name) in watched)
            {
                var row = await reminders.ReadRow(grain, name, TestContext.Current.CancellationToken);
                Assert.NotNull(row);
                Assert.True(await reminders.RemoveRow(grain, name, row.ETag!, TestContext.Current.CancellationToken));
            }
        }

        _time.Advance(TimeSpan.FromDays(8));
        var ticks = new ReminderTicks(watched);
        await using var upgraded = await ApiHost.StartAsync(_container, new Dictionary<string, string?> { ["Cooperation:Silo:CatchUpDueWork"] = "true" },
            time: _time, services: services => ticks.Follow(services, _time));
        var ticked = await ticks.UntilDoneAsync(_time);

        var blocks = await upgraded.Services.GetRequiredService<IAttachmentStore>().BlocksAsync(UploadRules.BlobName(UploadRules.KeyFor(Seneclic, uploadId), 1));
        var admin2 = (await upgraded.Http.SignInAsync(People.Administrator)).AccessToken;
        var (_, person) = await upgraded.Http.PostGraphQLAsync(
            "query($email: String!) { person(email: $email) { history(first: 10) { nodes { action } } } }", new { email = invited }, admin2);
        var marc2 = (await upgraded.Http.SignInAsync(People.BesanconNorth)).AccessToken;
        var (_, report) = await upgraded.Http.PostGraphQLAsync("query($id: ID!) { report(id: $id) { overdue } }", new { id = reportId }, marc2);

        Assert.True(ticked, "A reminder never ticked after the upgrade.");
        Assert.Empty(blocks.Staged);
        Assert.Contains(AccountGrain.InvitationLapsed, person["data"]!["person"]!["history"]!["nodes"]!.AsArray().Select(n => n!["action"]!.GetValue<string>()));
        Assert.True(report["data"]!["report"]!["overdue"]!.GetValue<bool>());
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        var storage = new BlobServiceClient(ApiHost.StorageConnection);
        await storage.GetBlobContainerClient(_container).DeleteIfExistsAsync();
        await storage.GetBlobContainerClient(ApiHost.AttachmentsContainerOf(_container)).DeleteIfExistsAsync();
    }
}
