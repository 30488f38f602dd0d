namespace Cooperation.Grains.Funding.Reviews;

/// <summary>One filed application in its call's ranking, as the managers read it.</summary>
/// <param name="Rank">1 for the best weighted score; applications without a counted review come last, unranked (0).</param>
/// <param name="Score">Mean of the counted reviews' weighted scores, out of 100; null without any.</param>
[GenerateSerializer, Immutable]
public sealed record RankingEntry(
    [property: Id(0)] int Rank,
    [property: Id(1)] string ApplicationKey,
    [property: Id(2)] int Number,
    [property: Id(3)] string PartnershipSlug,
    [property: Id(4)] string PartnershipName,
    [property: Id(5)] string Applicant,
    [property: Id(6)] string Title,
    [property: Id(7)] decimal RequestedAmount,
    [property: Id(8)] decimal? Score,
    [property: Id(9)] int CountedReviews,
    [property: Id(10)] Applications.ApplicationStatus Status,
    [property: Id(11)] decimal? GrantedAmount,
    [property: Id(12)] string? DecisionReasons);

/// <summary>Orders a call's applications.</summary>
public static class Ranking
{
    /// <summary>Best weighted score first; equal scores keep filing order; unscored ones last, with rank 0.</summary>
    public static IReadOnlyList<RankingEntry> Rank(IEnumerable<RankingEntry> entries)
    {
        var ordered = entries.OrderBy(e => e.Score is null).ThenByDescending(e => e.Score).ThenBy(e => e.Number).ToList();
        var rank = 0;
        return [.. ordered.Select(e => e with { Rank = e.Score is null ? 0 : ++rank })];
    }
}
