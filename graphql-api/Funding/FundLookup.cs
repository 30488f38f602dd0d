using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Funding.Calls;
using Cooperation.GraphQL.Schema.Relay;

namespace Cooperation.GraphQL.Funding;

/// <summary>Turns client-supplied call and application ids into grain keys, refusing malformed ones before any grain is activated.</summary>
public static class FundLookup
{
    public const string CallTypeName = "FundCall";
    public const string ApplicationTypeName = "FundApplication";

    private static readonly NodeKeys Calls = new(
        CallTypeName, FundCallRules.IsValidCode, "un identifiant d'appel à projets", "a call for projects id", readableAccepted: true);

    private static readonly NodeKeys Applications = new(
        ApplicationTypeName, FundApplicationRules.IsValidKey, "un identifiant de dossier de candidature", "an application id");

    public static string CallIdOf(string code) => Calls.GlobalIdOf(code);

    public static string ApplicationIdOf(string key) => Applications.GlobalIdOf(key);

    /// <summary>Accepts a call's global id or its readable code ("fsn-2026").</summary>
    public static string CallCode(string id) => Calls.Key(id);

    /// <summary>The grain key of an application's global id.</summary>
    public static string ApplicationKey(string id) => Applications.Key(id);
}
