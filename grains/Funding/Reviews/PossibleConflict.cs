namespace Cooperation.Grains.Funding.Reviews;

/// <summary>A tie between a reviewer and an applicant found in the partnership graph.</summary>
/// <param name="PartnershipSlug">The partnership the reviewer belongs to that makes the tie.</param>
/// <param name="ReasonFr">The tie in words, e.g. "membre du partenariat candidat « SIG Guédiawaye » (troisième partenaire)".</param>
[GenerateSerializer, Immutable]
public sealed record PossibleConflict(
    [property: Id(0)] string PartnershipSlug,
    [property: Id(1)] string ReasonFr,
    [property: Id(2)] string ReasonEn);
