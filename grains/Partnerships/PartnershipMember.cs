using Cooperation.Grains.Accounts;

namespace Cooperation.Grains.Partnerships;

/// <summary>A person taking part in a partnership, on one side.</summary>
[GenerateSerializer, Immutable]
public sealed record PartnershipMember(
    [property: Id(0)] string AccountId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] MemberRole Role);
