using Cooperation.Grains.Accounts;

namespace Cooperation.Grains.Partnerships;

/// <summary>What one actor may do in one partnership, decided once per call.</summary>
/// <param name="Role">The actor's membership role, if any.</param>
/// <param name="Unrestricted">An administrator, or the platform itself (seeding).</param>
[GenerateSerializer, Immutable]
public readonly record struct PartnershipAccess([property: Id(0)] MemberRole? Role, [property: Id(1)] bool Unrestricted)
{
    /// <summary>
    /// The one access decided without the partnership's member list: the platform's (<see cref="Actor.Seed"/>), which
    /// holds every right. It seeds, and reads on behalf of a reader already checked (an index's <c>ReadAllAsync</c>, a
    /// ledger valuing hardware, a dashboard), so no grain asks the partnership for it. Null for anyone else.
    /// </summary>
    public static PartnershipAccess? WithoutAsking(Actor actor) => actor == Actor.Seed ? new(null, Unrestricted: true) : null;

    public bool CanRead => Unrestricted || Role is not null;

    /// <summary>North staff change every milestone; South agents only those their side carries.</summary>
    public bool CanChange(PartnershipSide side) =>
        Unrestricted || Role == MemberRole.NorthStaff || (Role == MemberRole.SouthAgent && side == PartnershipSide.South);

    /// <summary>North staff, and administrators: they prepare shipments, plan missions, write reports.</summary>
    public bool IsNorth => Unrestricted || Role == MemberRole.NorthStaff;

    /// <summary>South agents, and administrators: they receive shipments and acknowledge reports.</summary>
    public bool IsSouth => Unrestricted || Role == MemberRole.SouthAgent;

    /// <summary>Whether the actor may take an action of that side on what hangs off the partnership.</summary>
    public bool CanAct(ActingSide side) => side switch
    {
        ActingSide.North => IsNorth,
        ActingSide.South => IsSouth,
        _ => IsNorth || IsSouth,
    };

    /// <summary>Whether the actor may plan or change any milestone at all (the side is checked later).</summary>
    public bool CanChangeSomeMilestones => Unrestricted || Role is MemberRole.NorthStaff or MemberRole.SouthAgent;
}
