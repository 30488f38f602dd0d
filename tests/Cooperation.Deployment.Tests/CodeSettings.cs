using System.Reflection;
using Cooperation.GraphQL.Accounts;
using Cooperation.GraphQL.Documents;
using Cooperation.GraphQL.Hosting;
using Cooperation.GraphQL.Http;
using Cooperation.Silo.Hosting;
using Cooperation.Silo.Mail;
using Cooperation.Silo.Operations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;

namespace Cooperation.Deployment.Tests;

/// <summary>
/// The configuration the silo and the API read, taken from the code itself: every public settable property of the
/// options classes they bind (nested classes below their property), under the section each class names, and the
/// single keys the code declares. A property renamed or removed changes this set, and the template's settings must follow.
/// </summary>
public static class CodeSettings
{
    private static readonly (string Section, Type Options)[] BoundSections =
    [
        (CooperationSiloOptions.Section, typeof(CooperationSiloOptions)),
        (CooperationStorageOptions.Section, typeof(CooperationStorageOptions)),
        (CooperationClusterOptions.Section, typeof(CooperationClusterOptions)),
        // ClusteringSiloBuilderExtensions binds Orleans' own membership options below the cluster's section.
        ($"{CooperationClusterOptions.Section}:Membership", typeof(ClusterMembershipOptions)),
        (AuthOptions.Section, typeof(AuthOptions)),
        (ApiOptions.Section, typeof(ApiOptions)),
        (RequestLimitOptions.Section, typeof(RequestLimitOptions)),
        (MailOptions.Section, typeof(MailOptions)),
    ];

    private static readonly (string Key, Type Type)[] SingleKeys =
    [
        (DashboardSwitch.EnabledKey, typeof(bool)),
        (SiloOperationsExtensions.HealthPortKey, typeof(int)),
        (PersistedDocumentsExtensions.ManifestSetting, typeof(string)),
        (TelemetryExtensions.AzureMonitorKey, typeof(string)),
        (TelemetryExtensions.OtlpEndpointKey, typeof(string)),
    ];

    /// <summary>Every key the code reads, with the type it is read as (configuration keys ignore case).</summary>
    public static IReadOnlyDictionary<string, Type> Keys { get; } = BoundSections
        .SelectMany(bound => Properties(bound.Section, bound.Options))
        .Concat(SingleKeys)
        .ToDictionary(entry => entry.Key, entry => entry.Type, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Variables read by what the apps run on rather than by Cooperation's configuration: ASP.NET Core's port in a
    /// container, and the user-assigned identity DefaultAzureCredential (Azure.Identity) signs in as.
    /// </summary>
    public static IReadOnlySet<string> RuntimeVariables { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "ASPNETCORE_" + WebHostDefaults.HttpPortsKey.ToUpperInvariant(),
        "AZURE_CLIENT_ID",
    };

    /// <summary>
    /// The configuration an app gets from <paramref name="settings"/>: literal values as written, and for a value
    /// known only at deployment (an endpoint, an address, a Key Vault secret) a well-formed stand-in of its type.
    /// </summary>
    public static IConfiguration Configuration(IEnumerable<AppSetting> settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings
                .Where(setting => Keys.ContainsKey(setting.ConfigurationKey))
                .Select(setting => KeyValuePair.Create(setting.ConfigurationKey, setting.IsLiteral ? setting.Value : StandIn(setting.ConfigurationKey))))
            .Build();

    private static string StandIn(string key) => Keys[key] switch
    {
        var type when type == typeof(Uri) => "https://account.blob.core.windows.net/",
        var type when type == typeof(bool) || type == typeof(bool?) => "false",
        var type when type == typeof(int) || type == typeof(int?) => "1",
        var type when type == typeof(TimeSpan) => "00:00:05",
        _ when key.EndsWith("IPAddress", StringComparison.Ordinal) => "10.42.0.4",
        // Base64 of 32 bytes: also a well-formed signing key.
        _ => Convert.ToBase64String(new byte[32]),
    };

    private static IEnumerable<(string Key, Type Type)> Properties(string section, Type options)
    {
        foreach (var property in options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.SetMethod?.IsPublic == true))
        {
            var key = $"{section}:{property.Name}";
            if (IsValue(property.PropertyType))
            {
                yield return (key, property.PropertyType);
                continue;
            }
            foreach (var nested in Properties(key, property.PropertyType))
            {
                yield return nested;
            }
        }
    }

    private static bool IsValue(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(Uri) || type == typeof(TimeSpan)
        || type == typeof(decimal) || Nullable.GetUnderlyingType(type) is not null
        || type.IsArray || (type.IsGenericType && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)));
}
