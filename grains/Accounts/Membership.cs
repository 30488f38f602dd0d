namespace Cooperation.Grains.Accounts;

/// <summary>A person's place in one partnership.</summary>
[GenerateSerializer, Immutable]
public sealed record Membership(
    [property: Id(0)] string PartnershipSlug,
    [property: Id(1)] MemberRole Role);
