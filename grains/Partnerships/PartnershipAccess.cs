using Cooperation.Grains.Accounts;

namespace Cooperation.Grains.Partnerships;

/// <summary>What one actor may do in one partnership, decided once per call.</summary>
/// <param name="Role">The actor's membership role, if any.</param>
/// <param name="Unrestricted">An administrator, or the platform itself (seeding).</param>
public readonly record struct PartnershipAccess(MemberRole? Role, bool Unrestricted)
{
    public bool CanRead => Unrestricted || Role is not null;

    /// <summary>North staff change every milestone; South agents only those their side carries.</summary>
    public bool CanChange(PartnershipSide side) =>
        Unrestricted || Role == MemberRole.NorthStaff || (Role == MemberRole.SouthAgent && side == PartnershipSide.South);

    /// <summary>Whether the actor may plan or change any milestone at all (the side is checked later).</summary>
    public bool CanChangeSomeMilestones => Unrestricted || Role is MemberRole.NorthStaff or MemberRole.SouthAgent;
}
