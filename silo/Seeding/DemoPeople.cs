using Cooperation.Grains.Accounts;
using static Cooperation.Grains.Accounts.MemberRole;

namespace Cooperation.Silo.Seeding;

/// <summary>
/// The people of the embedded default: one North staff member and one South agent per seeded partnership, a
/// researcher of a third-partner team, two fund reviewers (one also a third partner of SIG Guédiawaye), a fund
/// manager and an administrator. Their names are invented; their institutions are those of the seed text. The README
/// lists them.
/// </summary>
public static class DemoPeople
{
    private static DemoPerson Member(string tag, string email, string name, string slug, MemberRole role) => new(tag, email, name, [], [new Membership(slug, role)]);

    /// <summary>
    /// The demo person who asked for a new password: the demo's administrator issued her a one-time reset code, so the
    /// mail catcher of <c>./run</c> shows one beside the invitations.
    /// </summary>
    public static DemoPerson AskedForReset => All.Single(p => p.Tag == "sig-guediawaye-south");

    /// <summary>The demo's administrator.</summary>
    public static DemoPerson Administrator => All.Single(p => p.Tag == "administrator");

    /// <summary>The demo person with this address.</summary>
    public static DemoPerson WithEmail(string email) => All.Single(p => p.Email == email);

    public static IReadOnlyList<DemoPerson> All { get; } =
    [
        Member("cerenum-north", "claire.martin@lehavre.example", "Claire Martin (Ville du Havre)", "cerenum", NorthStaff),
        Member("cerenum-south", "moussa.sow@ard-saintlouis.example", "Moussa Sow (ARD de Saint-Louis)", "cerenum", SouthAgent),
        Member("sig-guediawaye-north", "julien.roques@castres-mazamet.example", "Julien Roques (Castres-Mazamet)", "sig-guediawaye", NorthStaff),
        Member("sig-guediawaye-south", "aminata.diop@guediawaye.example", "Aminata Diop (Ville de Guédiawaye)", "sig-guediawaye", SouthAgent),
        Member("e-administration-plateau-north", "sophie.bernard@legrandchalon.example", "Sophie Bernard (Grand Chalon)", "e-administration-plateau", NorthStaff),
        Member("e-administration-plateau-south", "koffi.adjovi@plateau.example", "Koffi Adjovi (Communes du Plateau)", "e-administration-plateau", SouthAgent),
        Member("libriciels-figuig-north", "nadia.benali@seinesaintdenis.example", "Nadia Benali (Seine-Saint-Denis)", "libriciels-figuig", NorthStaff),
        Member("libriciels-figuig-south", "youssef.elamrani@figuig.example", "Youssef El Amrani (Commune de Figuig)", "libriciels-figuig", SouthAgent),
        Member("seneclic-north", "marc.girard@besancon.example", "Marc Girard (Ville de Besançon)", "seneclic", NorthStaff),
        Member("seneclic-south", "fatou.ndiaye@education.sn.example", "Fatou Ndiaye (écoles du Sénégal)", "seneclic", SouthAgent),
        Member("sig-guediawaye-researcher", "helene.dupuis@lisst.example", "Hélène Dupuis (LISST-CIEU, Toulouse II)", "sig-guediawaye", ThirdPartner) with { Team = "LISST-CIEU" },
        new("fund-reviewer", "paul.lefevre@daect.example", "Paul Lefèvre (DAECT, instructeur)", [AccountRole.FundReviewer], []),
        // A reviewer who is also a third partner of SIG Guédiawaye: the fund finds the conflict in the partnership graph.
        new("fund-reviewer-researcher", "thomas.garnier@daect.example", "Thomas Garnier (instructeur du Fonds ; LISST-CIEU)", [AccountRole.FundReviewer],
            [new Membership("sig-guediawaye", ThirdPartner)]),
        new("fund-manager", "isabelle.moreau@daect.example", "Isabelle Moreau (DAECT, gestionnaire du Fonds)", [AccountRole.FundManager], []),
        new("administrator", "admin@cooperation.example", "Administration Coopération", [AccountRole.Administrator], []),
    ];
}
