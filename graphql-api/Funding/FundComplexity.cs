namespace Cooperation.GraphQL.Funding;

/// <summary>
/// How many rows each of the fund's lists holds on average, for the complexity analyser, whose default multiplier
/// treats every list alike and makes "applications → reviews → scores → citations" look thousands of times its size.
/// </summary>
/// <remarks>A call draws a few dozen files; a file has two or three reviewers, each scoring about five criteria.</remarks>
public static class FundComplexity
{
    public const double CallsPerDirectory = 5;
    public const double ApplicationsPerCall = 30;
    public const double CriteriaPerCall = 5;
    public const double ReviewsPerApplication = 3;
    public const double ScoresPerReview = 5;
    public const double CitationsPerScore = 2;
    public const double ConflictsPerReview = 1;
    public const double LinesPerApplication = 5;
    public const double ChecklistPerApplication = 8;
    public const double VersionsPerApplication = 2;
    public const double HistoryPerApplication = 20;
    public const double HistoryPerCall = 20;
    public const double ReportsPerGrant = 4;
}
