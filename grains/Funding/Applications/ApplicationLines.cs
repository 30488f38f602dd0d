using Cooperation.Grains.Funding.Calls;

namespace Cooperation.Grains.Funding.Applications;

/// <summary>One line of the co-financing plan (plan de financement): who else pays, how much, and whether it is secured.</summary>
/// <param name="Funder">The co-funder, e.g. "Communauté d'agglomération de Castres-Mazamet (fonds propres)".</param>
/// <param name="Secured">Acquis (true) or sollicité, still to be confirmed (false).</param>
[GenerateSerializer, Immutable]
public sealed record CoFinancingLine(
    [property: Id(0)] string Funder,
    [property: Id(1)] decimal Amount,
    [property: Id(2)] bool Secured);

/// <summary>One line of the project's budget (dépenses prévisionnelles).</summary>
[GenerateSerializer, Immutable]
public sealed record BudgetLine(
    [property: Id(0)] string Label,
    [property: Id(1)] decimal Amount);

/// <summary>
/// A piece attached to the file: its kind and where it is — an uploaded file's id, or a reference to a document kept
/// elsewhere (e.g. "Délibération n° 2026-045 du 12 mars 2026"). At least one of the two.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ApplicationPiece(
    [property: Id(0)] PieceKind Kind,
    [property: Id(1)] string Name,
    [property: Id(2)] string? UploadId,
    [property: Id(3)] string? DocumentReference);
