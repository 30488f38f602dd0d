namespace Cooperation.Grains.Common;

/// <summary>How every grain here makes a change durable.</summary>
public static class DurableWrites
{
    /// <summary>
    /// Writes the state; when the write fails, the in-memory state already holds a change that did not reach
    /// storage, so the activation is dropped: the next call reloads what is durable, and nothing unacknowledged is
    /// ever served or built upon.
    /// </summary>
    public static async Task WriteOrDeactivateAsync<TState>(this IPersistentState<TState> state, IGrainBase grain)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            grain.DeactivateOnIdle();
            throw;
        }
    }
}
