using Cooperation.Grains.Accounts;
using Cooperation.Grains.Partnerships;

namespace Cooperation.Grains.Funding.Reviews;

/// <summary>
/// Finds possible conflicts of interest in the partnership graph: the reviewer takes part in the applicant partnership
/// (on either side, or as a third partner), or in another partnership that shares an authority (North or South party)
/// with it.
/// </summary>
/// <remarks>
/// Only the reviewer's own memberships are walked (a handful), never the whole directory: one partnership read per
/// membership. Parties are matched by name, as the seed documents write them.
/// </remarks>
public static class ConflictDetection
{
    public static async Task<IReadOnlyList<PossibleConflict>> DetectAsync(IGrainFactory grains, IReadOnlyList<Membership> memberships, Partnership applicant)
    {
        var conflicts = new List<PossibleConflict>();
        var applicantParties = new[] { applicant.North, applicant.South };
        foreach (var membership in memberships)
        {
            if (membership.PartnershipSlug == applicant.Slug)
            {
                conflicts.Add(new PossibleConflict(applicant.Slug,
                    $"membre du partenariat candidat « {applicant.Name} » ({RoleFr(membership.Role)})",
                    $"a member of the applicant partnership '{applicant.Name}' ({RoleEn(membership.Role)})"));
                continue;
            }
            if (await grains.GetGrain<IPartnershipGrain>(membership.PartnershipSlug).FindAsync() is not { } other)
                continue;
            foreach (var party in new[] { other.North, other.South }.Where(p => applicantParties.Any(a => SameParty(a, p))))
                conflicts.Add(new PossibleConflict(other.Slug,
                    $"membre du partenariat « {other.Name} », qui associe aussi « {party.Name} »",
                    $"a member of partnership '{other.Name}', which also involves '{party.Name}'"));
        }
        return conflicts;
    }

    private static bool SameParty(Party a, Party b) =>
        string.Equals(a.Name.Trim(), b.Name.Trim(), StringComparison.OrdinalIgnoreCase) && string.Equals(a.Country, b.Country, StringComparison.OrdinalIgnoreCase);

    private static string RoleFr(MemberRole role) => role switch
    {
        MemberRole.NorthStaff => "agent de la collectivité du Nord",
        MemberRole.SouthAgent => "agent de la collectivité du Sud",
        _ => "troisième partenaire",
    };

    private static string RoleEn(MemberRole role) => role switch
    {
        MemberRole.NorthStaff => "North authority staff",
        MemberRole.SouthAgent => "South authority agent",
        _ => "third partner",
    };
}
