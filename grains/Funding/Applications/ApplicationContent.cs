namespace Cooperation.Grains.Funding.Applications;

/// <summary>
/// What a file (dossier de candidature) says: the project's title, description and expected results, the amount asked
/// of the fund, the co-financing plan, the budget and the attached pieces. A draft's content changes; a filed
/// version's content never does.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ApplicationContent(
    [property: Id(0)] string Title,
    [property: Id(1)] string Description,
    [property: Id(2)] string ExpectedResults,
    [property: Id(3)] decimal RequestedAmount,
    [property: Id(4)] IReadOnlyList<CoFinancingLine> CoFinancing,
    [property: Id(5)] IReadOnlyList<BudgetLine> Budget,
    [property: Id(6)] IReadOnlyList<ApplicationPiece> Pieces)
{
    public static ApplicationContent Empty { get; } = new("", "", "", 0, [], [], []);

    public decimal CoFinancingTotal => CoFinancing.Sum(l => l.Amount);

    public decimal BudgetTotal => Budget.Sum(l => l.Amount);

    /// <summary>
    /// The named text sections a reviewer's citations (and annotations) point into. Section names are the GraphQL field
    /// names, so a client selects text under a field and sends that field's name.
    /// </summary>
    public IReadOnlyDictionary<string, string> Sections() => new Dictionary<string, string>
    {
        ["title"] = Title,
        ["description"] = Description,
        ["expectedResults"] = ExpectedResults,
    };

    /// <summary>Equal when every part and every list item is equal (lists compared item by item).</summary>
    public bool Equals(ApplicationContent? other) =>
        other is not null && Title == other.Title && Description == other.Description && ExpectedResults == other.ExpectedResults
        && RequestedAmount == other.RequestedAmount && CoFinancing.SequenceEqual(other.CoFinancing)
        && Budget.SequenceEqual(other.Budget) && Pieces.SequenceEqual(other.Pieces);

    public override int GetHashCode() => HashCode.Combine(Title, Description, ExpectedResults, RequestedAmount, CoFinancing.Count, Budget.Count, Pieces.Count);
}
