namespace Cooperation.Grains.Common.Indexes;

/// <summary>What a partnership index needs to know of one kind of entity's keys, with the domain's own refusals.</summary>
/// <param name="SlugOf">The slug a key starts with; refuses, with the domain's words, a key that is not one.</param>
/// <param name="InvalidKey">The refusal of a key that belongs to another partnership.</param>
/// <param name="Forbidden">The refusal to read, worded the same whether or not the partnership exists.</param>
public sealed record PartnershipEntityKeys(
    Func<string, string> SlugOf, Func<string, DomainException> InvalidKey, Func<DomainException> Forbidden);
