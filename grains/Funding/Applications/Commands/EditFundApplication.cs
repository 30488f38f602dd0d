namespace Cooperation.Grains.Funding.Applications.Commands;

/// <summary>Modifier le brouillon du dossier: each part given replaces the draft's; a part left null stays as it is.</summary>
/// <param name="ExpectedRevision">The revision the person was looking at; when it moved on since, CONFLICT.</param>
[GenerateSerializer, Immutable]
public sealed record EditFundApplication(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] int? ExpectedRevision,
    [property: Id(1)] string? Title = null,
    [property: Id(2)] string? Description = null,
    [property: Id(3)] string? ExpectedResults = null,
    [property: Id(4)] decimal? RequestedAmount = null,
    [property: Id(5)] IReadOnlyList<CoFinancingLine>? CoFinancing = null,
    [property: Id(6)] IReadOnlyList<BudgetLine>? Budget = null,
    [property: Id(7)] IReadOnlyList<ApplicationPiece>? Pieces = null) : Command(ClientMutationId, Actor);
