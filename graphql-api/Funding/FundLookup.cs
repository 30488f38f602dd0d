using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Funding.Calls;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Relay;

namespace Cooperation.GraphQL.Funding;

/// <summary>Turns client-supplied call and application ids into grain keys, refusing malformed ones before any grain is activated.</summary>
public static class FundLookup
{
    public const string CallTypeName = "FundCall";
    public const string ApplicationTypeName = "FundApplication";

    public static string CallIdOf(string code) => GlobalId.Encode(CallTypeName, code);

    public static string ApplicationIdOf(string key) => GlobalId.Encode(ApplicationTypeName, key);

    /// <summary>Accepts a call's global id or its readable code ("fsn-2026").</summary>
    public static string CallCode(string id)
    {
        var code = GlobalId.TryDecode(id) is (CallTypeName, var key) ? key : id;
        if (FundCallRules.IsValidCode(code))
            return code;
        throw ApiErrors.Validation($"« {id} » n'est pas un identifiant d'appel à projets.", $"'{id}' is not a call for projects id.");
    }

    /// <summary>The grain key of an application's global id.</summary>
    public static string ApplicationKey(string id)
    {
        if (GlobalId.TryDecode(id) is (ApplicationTypeName, var key) && FundApplicationRules.IsValidKey(key))
            return key;
        throw ApiErrors.Validation($"« {id} » n'est pas un identifiant de dossier de candidature.", $"'{id}' is not an application id.");
    }
}
