namespace Cooperation.GraphQL.Schema.Access;

/// <summary>Who may ask for a field. Every field of the schema declares one; a field without one is refused.</summary>
public enum AccessRule
{
    /// <summary>Anyone, signed in or not: the public directory, sign-in itself.</summary>
    Public,

    /// <summary>Any signed-in person; the grain then decides for the person (e.g. only her own sessions).</summary>
    SignedIn,

    /// <summary>Members of the partnership concerned, and administrators; the partnership grain decides which side may change what.</summary>
    PartnershipMember,

    /// <summary>Administrators only.</summary>
    Administrator,

    /// <summary>Fund managers (gestionnaires du Fonds de Solidarité Numérique) and administrators.</summary>
    FundManager,

    /// <summary>Fund reviewers (instructeurs) and administrators; each application then decides whether the reviewer is assigned to it.</summary>
    FundReviewer,

    /// <summary>
    /// Those who oversee partnerships — administrators, fund managers, and the North staff of some partnership — for
    /// the dashboards; each partnership is then shown only to those who may read it.
    /// </summary>
    Oversight,
}
