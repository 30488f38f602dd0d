namespace Cooperation.GraphQL.Tests.Fixtures;

/// <summary>The seeded people the API tests act as (see silo/Seeding/DemoPeople.cs).</summary>
public static class People
{
    public const string ChalonNorth = "sophie.bernard@legrandchalon.example";
    public const string PlateauSouth = "koffi.adjovi@plateau.example";
    public const string HavreNorth = "claire.martin@lehavre.example";
    public const string SaintLouisSouth = "moussa.sow@ard-saintlouis.example";
    public const string CastresNorth = "julien.roques@castres-mazamet.example";
    public const string GuediawayeSouth = "aminata.diop@guediawaye.example";
    public const string SeineSaintDenisNorth = "nadia.benali@seinesaintdenis.example";
    public const string FiguigSouth = "youssef.elamrani@figuig.example";
    public const string BesanconNorth = "marc.girard@besancon.example";
    public const string SenegalSouth = "fatou.ndiaye@education.sn.example";
    public const string Researcher = "helene.dupuis@lisst.example";
    public const string Reviewer = "paul.lefevre@daect.example";
    public const string ConflictedReviewer = "thomas.garnier@daect.example";
    public const string FundManager = "isabelle.moreau@daect.example";
    public const string Administrator = "admin@cooperation.example";
}
