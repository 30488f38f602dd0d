using Azure.Storage.Blobs;
using Microsoft.Extensions.Time.Testing;
using Orleans.Runtime;

namespace Cooperation.GraphQL.Tests.Reports;

/// <summary>
/// A report whose due date passes while the platform is stopped: after the restart it falls overdue by its reminder,
/// kept in the storage account's table, before anyone opens it. On a host of its own whose clock the test moves.
/// </summary>
public sealed class ReportOverdueRestartTests : IAsyncLifetime
{
    private const string Partnership = "e-administration-plateau";

    private const string Read = "query($id: ID!) { report(id: $id) { key status overdue dueOn } }";

    private readonly string _container = $"overdue-{Guid.NewGuid():N}";
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    /// <summary>
    /// Drafted five days before its due date, the host stopped, a week passes, the host starts again: the reminder ticks
    /// with no request touching the report, and the report then reads « en retard ».
    /// </summary>
    [Fact]
    public async Task Report_DueWhileStopped_OverdueAfterRestartUntouched()
    {
        string id, key;
        bool overdueBefore;
        await using (var first = await ApiHost.StartAsync(_container, time: _time))
        {
            var north = (await first.Http.SignInAsync(People.ChalonNorth)).AccessToken;
            (id, key, overdueBefore) = await ReportDrafts.DueInAsync(first.Http, north, Partnership, _time, days: 5);
        }

        _time.Advance(TimeSpan.FromDays(7));
        var tick = new ReminderTicks((GrainId.Create("report", key), Cooperation.Grains.Reports.ReportGrain.OverdueReminder));
        await using var second = await ApiHost.StartAsync(_container, time: _time, services: services => tick.Follow(services, _time));
        // The reminder ticks on its one-minute beat: its clock moves a beat at a time until it has.
        var ticked = await tick.UntilDoneAsync(_time);
        var north2 = (await second.Http.SignInAsync(People.ChalonNorth)).AccessToken;
        var (_, read) = await second.Http.PostGraphQLAsync(Read, new { id }, north2);

        Assert.False(overdueBefore);
        Assert.True(ticked);
        Assert.Equal(("DRAFT", true), (read["data"]!["report"]!["status"]!.GetValue<string>(), read["data"]!["report"]!["overdue"]!.GetValue<bool>()));
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        var storage = new BlobServiceClient(ApiHost.StorageConnection);
        await storage.GetBlobContainerClient(_container).DeleteIfExistsAsync();
        await storage.GetBlobContainerClient(ApiHost.AttachmentsContainerOf(_container)).DeleteIfExistsAsync();
    }
}
