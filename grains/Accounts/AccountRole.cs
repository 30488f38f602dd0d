namespace Cooperation.Grains.Accounts;

/// <summary>Roles a person holds beside partnership memberships.</summary>
public enum AccountRole
{
    /// <summary>Instructeur du Fonds de Solidarité Numérique: reviews the applications assigned to them.</summary>
    FundReviewer,

    /// <summary>Gestionnaire du Fonds: assigns reviewers, ranks and decides.</summary>
    FundManager,

    /// <summary>Administrateur: invites people and changes memberships and roles; sees everything.</summary>
    Administrator,
}
