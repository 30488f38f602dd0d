namespace Cooperation.Grains.Common;

/// <summary>
/// Who is acting: kept with every change in a partnership's history.
/// </summary>
/// <param name="Id">A stable identifier of the person or process.</param>
/// <param name="DisplayName">The name shown in the history.</param>
[GenerateSerializer, Immutable]
public sealed record Actor([property: Id(0)] string Id, [property: Id(1)] string DisplayName)
{
    /// <summary>The startup task that loads the seed partnerships.</summary>
    public static Actor Seed { get; } = new("seed", "Amorçage des données / Data seeding");

    /// <summary>The platform itself, for what happens when a moment comes (a report falling overdue) rather than when someone acts.</summary>
    public static Actor Schedule { get; } = new("schedule", "Échéancier / Schedule");

    /// <summary>A caller of the API who has not signed in (sign-in arrives with accounts).</summary>
    public static Actor Guest { get; } = new("guest", "Invité / Guest");
}
