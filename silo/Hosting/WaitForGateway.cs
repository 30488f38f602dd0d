namespace Cooperation.Silo.Hosting;

/// <summary>
/// The client's first connection retried every 2 seconds while no silo answers: started before its silos (or while
/// they restart), the API waits for them, saying so, instead of stopping. Its host's stop ends the wait.
/// </summary>
internal sealed partial class WaitForGateway(ILogger<WaitForGateway> logger) : IClientConnectionRetryFilter
{
    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        LogWaiting(logger, exception.Message);
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Aucun silo ne répond encore ; nouvel essai dans 2 s / No silo answers yet; trying again in 2 s ({Reason})")]
    private static partial void LogWaiting(ILogger logger, string reason);
}
