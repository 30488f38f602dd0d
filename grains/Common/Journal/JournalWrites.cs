namespace Cooperation.Grains.Common.Journal;

/// <summary>How a grain holding journals makes an action durable.</summary>
public static class JournalWrites
{
    /// <summary>
    /// Seals the journals' full segments, then writes the grain state: segments first, so that a crash in between
    /// only leaves a segment the state does not count yet, written again at the next seal. In the common case
    /// nothing is full and this is the grain state's one write. When any write fails, the activation is dropped
    /// (<see cref="DurableWrites.WriteOrDeactivateAsync"/>): the next call reloads what is durable.
    /// </summary>
    public static async Task WriteOrDeactivateAsync<TState>(
        this IPersistentState<TState> state, IGrainBase grain, params IReadOnlyList<ISealable> journals)
    {
        try
        {
            foreach (var journal in journals)
                await journal.SealAsync();
        }
        catch
        {
            grain.DeactivateOnIdle();
            throw;
        }
        await DurableWrites.WriteOrDeactivateAsync(state, grain);
    }
}
