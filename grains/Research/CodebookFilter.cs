namespace Cooperation.Grains.Research;

/// <summary>Which coded passages a codebook keeps; null keeps all.</summary>
/// <param name="Tag">Only annotations carrying this tag (case and accents aside).</param>
/// <param name="Team">Only annotations of this research team.</param>
/// <param name="From">Only annotations made on or after this day (UTC).</param>
/// <param name="To">Only annotations made on or before this day (UTC).</param>
[GenerateSerializer, Immutable]
public sealed record CodebookFilter(
    [property: Id(0)] string? Tag = null,
    [property: Id(1)] string? Team = null,
    [property: Id(2)] DateOnly? From = null,
    [property: Id(3)] DateOnly? To = null)
{
    public static CodebookFilter All { get; } = new();
}
