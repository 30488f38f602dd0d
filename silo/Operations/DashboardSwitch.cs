using Microsoft.Extensions.Configuration;

namespace Cooperation.Silo.Operations;

/// <summary>
/// Whether this deployment runs the Orleans Dashboard (<c>Cooperation:Dashboard:Enabled</c>). Every process of the
/// cluster takes its part: each silo collects its grains' statistics, and the API, silo host or cluster client, serves
/// the page to administrators.
/// </summary>
public static class DashboardSwitch
{
    public const string EnabledKey = "Cooperation:Dashboard:Enabled";

    public static bool DashboardEnabled(this IConfiguration configuration) => configuration.GetValue<bool>(EnabledKey);
}
