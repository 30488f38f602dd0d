using System.Globalization;
using System.Text;
using Cooperation.Grains.Partnerships;

namespace Cooperation.GraphQL.Exports.Iati;

/// <summary>
/// The values the export takes from the IATI Standard's codelists, each named with the codelist it comes from. All are
/// those of the standard's version 2.03 (<see cref="StandardVersion"/>): the embedded codelists (organisation role,
/// activity date type, transaction type…) as released with 2.03, the non-embedded ones (sector, country, organisation
/// type, currency) as published beside it; a code the file carries is one of these constants, never typed by a user.
/// </summary>
public static class IatiCodes
{
    /// <summary>The standard's version the file follows, on <c>iati-activities/@version</c>.</summary>
    public const string StandardVersion = "2.03";

    /// <summary>Currency (ISO 4217): every amount the ledger totals is in euros.</summary>
    public const string Euro = "EUR";

    /// <summary>Language (ISO 639-1) of the narratives.</summary>
    public const string French = "fr";
    public const string English = "en";

    /// <summary>OrganisationRole.</summary>
    public static class Role
    {
        public const string Funding = "1";
        public const string Extending = "3";
        public const string Implementing = "4";
    }

    /// <summary>ActivityStatus, from where the partnership stands.</summary>
    public static string ActivityStatus(PartnershipStatus status) => status switch
    {
        PartnershipStatus.Preparing => "1", // Pipeline/identification
        PartnershipStatus.Active => "2", // Implementation
        PartnershipStatus.Suspended => "6", // Suspended
        _ => "3", // Finalisation: the convention ran its course; the accounts may still be closing
    };

    /// <summary>ActivityDateType.</summary>
    public static class DateType
    {
        public const string PlannedStart = "1";
        public const string ActualStart = "2";
        public const string PlannedEnd = "3";
        public const string ActualEnd = "4";
    }

    /// <summary>DescriptionType.</summary>
    public static class DescriptionType
    {
        public const string General = "1";
        public const string Objectives = "2";
    }

    /// <summary>SectorVocabulary 1: OECD DAC CRS purpose codes (5 digit), and the one code every partnership here carries.</summary>
    public const string SectorVocabularyDac5 = "1";

    /// <summary>Sector (DAC 5-digit) 22040: Information and communication technology (ICT).</summary>
    public const string SectorIct = "22040";

    /// <summary>TagVocabulary, IndicatorVocabulary and ResultVocabulary 99: the reporting organisation's own codes.</summary>
    public const string ReportingOrganisationVocabulary = "99";

    /// <summary>GeographicVocabulary A4: ISO country (3166-1 alpha-2), for a location's country.</summary>
    public const string CountryVocabulary = "A4";

    /// <summary>GeographicLocationReach 1: the activity happens at the location. GeographicLocationClass 3: a structure (a school, a town hall).</summary>
    public const string LocationReachActivity = "1";
    public const string LocationClassStructure = "3";

    /// <summary>FlowType 10 (ODA), FinanceType 110 (standard grant), AidType C01 (project-type interventions) in AidTypeVocabulary 1, TiedStatus 5 (untied).</summary>
    public const string FlowOda = "10";
    public const string FinanceStandardGrant = "110";
    public const string AidTypeProject = "C01";
    public const string AidTypeVocabularyDac = "1";
    public const string TiedUntied = "5";

    /// <summary>TransactionType.</summary>
    public static class TransactionType
    {
        public const string IncomingFunds = "1";
        public const string OutgoingCommitment = "2";
        public const string Disbursement = "3";
        public const string Expenditure = "4";
        public const string IncomingCommitment = "11";
    }

    /// <summary>BudgetType 1 (original); BudgetStatus 1 (indicative: the year's lines as entered, not each funder's signed commitment).</summary>
    public const string BudgetOriginal = "1";
    public const string BudgetIndicative = "1";

    /// <summary>ResultType 1 (output); IndicatorMeasure 1 (unit).</summary>
    public const string ResultOutput = "1";
    public const string MeasureUnit = "1";

    /// <summary>
    /// OrganisationType, from the kind of party the partnership names (in French): a collectivité is local government,
    /// a State government, a university team or a school academic, an association a national NGO; anything else « other ».
    /// </summary>
    public static string OrganisationType(string kind) => Plain(kind) switch
    {
        var k when k.StartsWith("collectivite", StringComparison.Ordinal) => "11",
        var k when k.StartsWith("etat", StringComparison.Ordinal) || k.StartsWith("ministere", StringComparison.Ordinal) => "10",
        var k when k.Contains("recherche", StringComparison.Ordinal) || k.Contains("universite", StringComparison.Ordinal)
            || k.Contains("etablissement scolaire", StringComparison.Ordinal) => "80",
        var k when k.StartsWith("association", StringComparison.Ordinal) || k.StartsWith("ong", StringComparison.Ordinal) => "22",
        _ => "90",
    };

    /// <summary>The government type (10), for the ministry's fund.</summary>
    public const string OrganisationGovernment = "10";

    /// <summary>A country as the partnership writes it in French: its ISO 3166-1 alpha-2 code and English name, or null when unknown.</summary>
    public static (string Code, string English)? Country(string french) =>
        Countries.TryGetValue(Plain(french), out var country) ? country : null;

    // Countries of French decentralised cooperation (the note's partnerships and their neighbours), by French name without accents.
    private static readonly Dictionary<string, (string Code, string English)> Countries = new(StringComparer.Ordinal)
    {
        ["france"] = ("FR", "France"),
        ["senegal"] = ("SN", "Senegal"),
        ["benin"] = ("BJ", "Benin"),
        ["maroc"] = ("MA", "Morocco"),
        ["mali"] = ("ML", "Mali"),
        ["burkina faso"] = ("BF", "Burkina Faso"),
        ["niger"] = ("NE", "Niger"),
        ["mauritanie"] = ("MR", "Mauritania"),
        ["togo"] = ("TG", "Togo"),
        ["cote d'ivoire"] = ("CI", "Côte d'Ivoire"),
        ["cameroun"] = ("CM", "Cameroon"),
        ["madagascar"] = ("MG", "Madagascar"),
        ["tunisie"] = ("TN", "Tunisia"),
        ["algerie"] = ("DZ", "Algeria"),
        ["haiti"] = ("HT", "Haiti"),
        ["guinee"] = ("GN", "Guinea"),
        ["cap-vert"] = ("CV", "Cabo Verde"),
    };

    /// <summary>A name as a key: lower case without accents, words joined by single hyphens (« bornes Wi-Fi » → « bornes-wi-fi »).</summary>
    public static string Key(string text)
    {
        var key = new StringBuilder();
        foreach (var c in Plain(text))
        {
            if (char.IsAsciiLetterOrDigit(c))
                key.Append(c);
            else if (key.Length > 0 && key[^1] != '-')
                key.Append('-');
        }
        return key.ToString().TrimEnd('-');
    }

    /// <summary>Lower case, without accents, single spaces: « Côte d'Ivoire » and « cote d'ivoire » match.</summary>
    public static string Plain(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                plain.Append(c == '’' ? '\'' : c);
        }
        return string.Join(' ', plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
