using Azure.Storage.Blobs;
using Cooperation.Grains.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans;
using Orleans.Reminders;
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
        var end = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime).AddDays(5 - ReportRules.GraceDays);
        string id, key;
        bool overdueBefore;
        await using (var first = await ApiHost.StartAsync(_container, time: _time))
        {
            var north = (await first.Http.SignInAsync(People.ChalonNorth)).AccessToken;
            var (_, drafted) = await first.Http.PostGraphQLAsync(
                "mutation($i: DraftReportInput!) { draftReport(input: $i) { report { id key overdue } } }",
                new
                {
                    i = new
                    {
                        clientMutationId = $"draft-{Guid.NewGuid():N}", partnershipId = Partnership,
                        periodStart = end.AddDays(-1).ToString("yyyy-MM-dd"), periodEnd = end.ToString("yyyy-MM-dd"),
                        activities = "Raccordement des mairies de Kétou et Pobè.",
                    },
                },
                north);
            var report = drafted["data"]!["draftReport"]!["report"]!;
            (id, key, overdueBefore) = (report["id"]!.GetValue<string>(), report["key"]!.GetValue<string>(), report["overdue"]!.GetValue<bool>());
        }

        _time.Advance(TimeSpan.FromDays(7));
        var tick = new ReminderTickWatch(key);
        await using var second = await ApiHost.StartAsync(_container, time: _time, services: services =>
        {
            services.AddSingleton<IIncomingGrainCallFilter>(tick);
            // Only the grains and the reminders follow the test's clock: the silo's own upkeep (membership above all)
            // keeps the real one, or moving the clock would have the silo declare itself dead.
            services.AddKeyedSingleton<TimeProvider>(KeyedService.AnyKey, TimeProvider.System);
            services.AddKeyedSingleton<TimeProvider>(TimeProviderNames.Grains, _time);
            services.AddKeyedSingleton<TimeProvider>(ReminderTimeProviderNames.Reminders, _time);
        });
        // The reminder ticks on its one-minute beat: its clock moves a beat at a time until it has.
        for (var beat = 0; beat < 600 && !tick.Done.IsCompleted; beat++)
        {
            _time.Advance(Cooperation.Grains.Common.DueWork.RetryPeriod);
            await Task.WhenAny(tick.Done, Task.Delay(100, TestContext.Current.CancellationToken));
        }
        var ticked = tick.Done.IsCompleted;
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

    /// <summary>Completes when the report <paramref name="key"/> has handled a reminder tick.</summary>
    private sealed class ReminderTickWatch(string key) : IIncomingGrainCallFilter
    {
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Done => _done.Task;

        public async Task Invoke(IIncomingGrainCallContext context)
        {
            await context.Invoke();
            if (context.Grain is ReportGrain && context.MethodName == nameof(IRemindable.ReceiveReminder) && context.TargetId.Key.ToString() == key)
                _done.TrySetResult();
        }
    }
}
