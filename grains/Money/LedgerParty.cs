namespace Cooperation.Grains.Money;

/// <summary>Who provides or receives a transaction's money.</summary>
/// <param name="Name">As on the document (« Communauté d'agglomération de Castres-Mazamet », « Transports Bolloré »).</param>
/// <param name="Funder">Which of the partnership's funders the party is, or null for anyone else (a supplier, a carrier).</param>
[GenerateSerializer, Immutable]
public sealed record LedgerParty(
    [property: Id(0)] string Name,
    [property: Id(1)] Funder? Funder);
