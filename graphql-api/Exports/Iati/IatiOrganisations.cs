using Cooperation.Grains.Partnerships;

namespace Cooperation.GraphQL.Exports.Iati;

/// <summary>
/// How the export names the organisations: the North authority reports (its identifier prefixes each activity's), the
/// South authority and the third partners implement, the ministry's fund and other co-financers fund.
/// </summary>
/// <remarks>
/// The platform holds no registered identifier (SIREN, or an IATI registration) for the authorities, so an authority's
/// ref is the platform's own: <see cref="LocalPrefix"/> then the authority's key, « XX » being no registration agency's
/// code, so that nobody reads it as one. An authority that registers with IATI publishes under its own ref instead.
/// </remarks>
public static class IatiOrganisations
{
    /// <summary>The prefix of the refs the platform makes up.</summary>
    public const string LocalPrefix = "XX-COOPERATION-";

    /// <summary>Le Fonds de Solidarité Numérique, run by the foreign ministry's delegation for the local authorities' external action.</summary>
    public const string FundNameFr = "Fonds de Solidarité Numérique — Ministère de l'Europe et des Affaires étrangères (DAECT)";
    public const string FundNameEn = "Digital Solidarity Fund — French Ministry for Europe and Foreign Affairs (DAECT)";

    /// <summary>
    /// The key of a North authority in the export's address and refs: its name in lower case without accents, words
    /// joined by hyphens (« Ville de Besançon » → « ville-de-besancon »).
    /// </summary>
    public static string AuthorityKey(Party authority) => IatiCodes.Key(authority.Name);

    /// <summary>The reporting organisation's ref: the North authority's.</summary>
    public static string Ref(Party authority) => LocalPrefix + AuthorityKey(authority);

    /// <summary>The activity's identifier: the reporting organisation's ref, then the partnership's key.</summary>
    public static string ActivityIdentifier(Partnership partnership) => $"{Ref(partnership.North)}-{partnership.Slug}";
}
