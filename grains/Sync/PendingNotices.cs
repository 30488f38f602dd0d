using Cooperation.Grains.Notices;

namespace Cooperation.Grains.Sync;

/// <summary>
/// What a grain owes others once its durable write is done — the partnership's change feed, a reviewer's index, the
/// people's notices — left pending by a grain that stopped between its write and the telling: it is told again at the
/// next activation, or with the next action. Whoever is told ignores what it already has, so a second telling is harmless.
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

    /// <summary>
    /// Tells the people's notices recorded with the actions' writes, oldest first, each removed once told (the removal
    /// is persisted with the next write). A failure leaves it, and those after it, for the next try: the action is on
    /// disk already, and is never failed for its notice.
    /// </summary>
    public static Task TellAsync(IGrainFactory grains, List<NoticeToTell> owed) =>
        RetryAsync(owed.Count > 0, async () =>
        {
            while (owed.Count > 0)
            {
                await grains.TellAsync(owed[0]);
                owed.RemoveAt(0);
            }
        });
}
