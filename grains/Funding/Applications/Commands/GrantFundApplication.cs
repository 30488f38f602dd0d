namespace Cooperation.Grains.Funding.Applications.Commands;

/// <summary>
/// Accorder la subvention (gestionnaires): an amount up to the requested one, the reasons, and the period whose
/// progress reports the grant expects (the call's year and the next one when not given).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record GrantFundApplication(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] decimal Amount,
    [property: Id(1)] string Reasons,
    [property: Id(2)] DateOnly? PeriodStart = null,
    [property: Id(3)] DateOnly? PeriodEnd = null) : Command(ClientMutationId, Actor);
