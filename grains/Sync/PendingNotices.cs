namespace Cooperation.Grains.Sync;

/// <summary>
/// Change-feed notices left pending by a grain that stopped between its durable write and the notice: they are sent
/// again when it next activates.
/// </summary>
public static class PendingNotices
{
    /// <summary>Sends the pending notice, if any; a failure leaves it pending for the next activation or change (notices are idempotent).</summary>
    public static async Task RetryAsync(bool pending, Func<Task> notify)
    {
        if (!pending)
            return;
        try
        {
            await notify();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Still pending: the flag is only cleared by a notice that went through.
        }
    }
}
