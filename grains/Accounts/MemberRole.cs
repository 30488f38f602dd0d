namespace Cooperation.Grains.Accounts;

/// <summary>On which side a person takes part in a partnership.</summary>
public enum MemberRole
{
    /// <summary>Agent de la collectivité du Nord: plans the partnership's work.</summary>
    NorthStaff,

    /// <summary>Agent de la collectivité du Sud: changes the South side's milestones, confirms deliveries.</summary>
    SouthAgent,

    /// <summary>Troisième partenaire (recherche-action, association): reads, and later annotates.</summary>
    ThirdPartner,
}
