namespace Cooperation.Grains.Common;

/// <summary>The time a grain records an action at.</summary>
public static class ActionTime
{
    /// <summary>
    /// The seed's own date for the seed's actions (<see cref="Command.At"/>); now for everyone else: a person's client
    /// cannot back-date what it sends.
    /// </summary>
    public static DateTimeOffset Of(Command command, TimeProvider time) =>
        command.At is { } at && command.Actor == Actor.Seed ? at : time.GetUtcNow();
}
