using Cooperation.Grains.Funding.Calls;

namespace Cooperation.Grains.Funding.Reviews;

/// <summary>How scores aggregate: by weight, each criterion's score brought onto 0–1 by its scale, out of 100.</summary>
public static class ReviewScoring
{
    /// <summary>
    /// One review's weighted score: Σ weight × (score − min) / (max − min), divided by Σ weight, × 100; rounded to
    /// 0.01. Null while a criterion is unscored.
    /// </summary>
    public static decimal? Weighted(IReadOnlyList<RubricCriterion> criteria, IReadOnlyList<CriterionScore> scores)
    {
        decimal sum = 0, weights = 0;
        foreach (var criterion in criteria)
        {
            if (scores.FirstOrDefault(s => s.CriterionKey == criterion.Key) is not { } score)
                return null;
            sum += criterion.Weight * (decimal)(score.Score - criterion.ScaleMin) / (criterion.ScaleMax - criterion.ScaleMin);
            weights += criterion.Weight;
        }
        return weights == 0 ? null : decimal.Round(sum / weights * 100, 2);
    }

    /// <summary>The application's score: the mean of its counted reviews' weighted scores; null without any.</summary>
    public static decimal? Aggregate(IReadOnlyList<RubricCriterion> criteria, IEnumerable<ReviewAssignment> assignments)
    {
        var scores = assignments.Where(a => a.Counts).Select(a => Weighted(criteria, a.Scores)).OfType<decimal>().ToList();
        return scores.Count == 0 ? null : decimal.Round(scores.Average(), 2);
    }
}
