using Cooperation.Grains.Common;
using Cooperation.Silo.Storage;

namespace Cooperation.Silo.Hosting;

/// <summary>
/// Reminders for the due work stored by the version before reminders: that version checked an upload's window, an
/// invitation's 7 days and a report's due date only when someone asked, so its unfinished uploads, open invitations
/// and open drafts have no reminder and, left alone, would never expire, lapse or fall overdue. Once per deployment,
/// after the start, every stored grain of <see cref="DueWork.Holders"/> is asked to watch the work it still owes
/// (<see cref="IDueWorkGrain.WatchDueWorkAsync"/>: a reminder when it owes work and has none); the deployment's
/// <see cref="IDueWorkCatchUpGrain"/> then records <see cref="DueWork.CatchUpVersion"/>, and later starts do nothing.
/// </summary>
/// <remarks>
/// Why the storage's list of records rather than the indexes: no index lists uploads, nor the people invited without
/// a partnership (administrators, reviewers), so only the grain storage knows them all. The listing reads names, not
/// states; each grain then reads its own state as it activates, one grain at a time so the silo's own work goes on
/// beside it, and never in the start's path: the silo serves at once, and a grain someone touches meanwhile checks its
/// dates as it always did. A catch-up cut short (the silo stopped, a grain failed) records nothing and is done again
/// at the next start, harmlessly: a grain already watched keeps its reminder. Two silos starting together may both run
/// it, to the same effect.
/// </remarks>
internal sealed partial class DueWorkCatchUp(
    IGrainFactory grains, IStoredGrains stored, IHostApplicationLifetime lifetime, ILogger<DueWorkCatchUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Grain calls need the silo active: wait for the host's start, which comes after the silo's.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            await started.Task.WaitAsync(stoppingToken);
        try
        {
            await CatchUpAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e);
        }
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        var marker = grains.GetGrain<IDueWorkCatchUpGrain>(DueWork.CatchUpKey);
        if (await marker.GetVersionAsync() >= DueWork.CatchUpVersion)
            return;
        int asked = 0, unnamed = 0, failed = 0;
        foreach (var (stateName, grainType) in DueWork.Holders)
        {
            await foreach (var grainId in stored.ListAsync(stateName, grainType, cancellationToken))
            {
                if (grainId is not { } id)
                {
                    unnamed++;
                    continue;
                }
                try
                {
                    await grains.GetGrain<IDueWorkGrain>(id).WatchDueWorkAsync();
                    asked++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed++;
                    LogGrainFailed(logger, id, e);
                }
            }
        }
        if (failed == 0)
            await marker.SetVersionAsync(DueWork.CatchUpVersion);
        LogDone(logger, asked, failed, unnamed);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Travail à échéance : {Asked} grains vérifiés, {Failed} en échec, {Unnamed} enregistrements sans nom lisible / Due work: {Asked} grains checked, {Failed} failed, {Unnamed} records without a readable name")]
    private static partial void LogDone(ILogger logger, int asked, int failed, int unnamed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Travail à échéance : {GrainId} n'a pas pu être vérifié / Due work: {GrainId} could not be checked")]
    private static partial void LogGrainFailed(ILogger logger, GrainId grainId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Travail à échéance : rattrapage interrompu, repris au prochain démarrage / Due work: catch-up cut short, done again at the next start")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
