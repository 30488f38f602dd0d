using Cooperation.GraphQL.Accounts;
using Cooperation.Silo.Hosting;
using Cooperation.Silo.Operations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Cooperation.Deployment.Tests;

/// <summary>
/// The settings <c>azure.bicep</c> gives the silos and the API against the configuration the code reads: a key
/// renamed on one side, or one the code needs and the template forgets, fails here rather than at a start in Azure.
/// </summary>
public sealed class AppSettingsDriftTests(CompiledTemplate compiled)
{
    public static TheoryData<string> Apps => new() { "silo", "api" };

    private IReadOnlyList<AppSetting> Settings(string app) => AppSettings.Read(compiled.ModuleParameter(app, "env"));

    /// <summary>Each variable sets a key of an options class the code binds, or one the runtime under it reads.</summary>
    [Theory]
    [MemberData(nameof(Apps))]
    public void Settings_EveryVariable_IsReadByTheCodeOrItsRuntime(string app)
    {
        var settings = Settings(app);

        Assert.NotEmpty(settings);
        Assert.Empty(settings
            .Where(setting => !CodeSettings.Keys.ContainsKey(setting.ConfigurationKey) && !CodeSettings.RuntimeVariables.Contains(setting.Name))
            .Select(setting => setting.Name));
        Assert.Equal(settings.Count, settings.Select(setting => setting.ConfigurationKey).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    /// <summary>
    /// The silo's settings pass the silo's own start checks (exactly one grain storage, a cluster whose state is not on
    /// one disk) and name Azure Table clustering and blob storage by endpoint, reached with the managed identity.
    /// </summary>
    [Fact]
    public void Silo_Settings_PassTheSilosStartChecksOnAzureStorage()
    {
        var settings = Settings("silo");
        var configuration = CodeSettings.Configuration(settings);

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddConfiguration(configuration);
        builder.AddCooperationSilo();

        var cluster = CooperationClusterOptions.From(configuration);
        Assert.True(cluster.OnAzureTable);
        Assert.NotNull(cluster.ServiceUri);
        Assert.False(cluster.ApiAsClient);
        var storage = configuration.GetSection(CooperationStorageOptions.Section).Get<CooperationStorageOptions>()!.Validate();
        Assert.NotNull(storage.ServiceUri);
        Assert.Contains(".outputs.tableEndpoint.", settings.Named("Cooperation__Cluster__ServiceUri").Value);
        Assert.Contains(".outputs.blobEndpoint.", settings.Named("Cooperation__Storage__ServiceUri").Value);
        Assert.Contains(".outputs.grainStateContainerName.", settings.Named("Cooperation__Storage__ContainerName").Value);
        Assert.Contains(".outputs.attachmentsContainerName.", settings.Named("Cooperation__Storage__AttachmentsContainerName").Value);
    }

    /// <summary>
    /// Each silo advertises the private address of the silos' environment, on the ports its TCP ingress exposes, and
    /// serves its health endpoints on the port its liveness probe asks.
    /// </summary>
    [Fact]
    public void Silo_Endpoints_AreTheEnvironmentsPrivateAddressAndTheIngressPorts()
    {
        var settings = Settings("silo");
        var ingress = compiled.ModuleParameter("silo", "ingress");

        var advertised = settings.Named("Cooperation__Cluster__AdvertisedIPAddress").Value;
        Assert.Contains("'silos-environment'", advertised);
        Assert.Contains(".outputs.staticIp.", advertised);
        Assert.Equal($"[string({ingress.Text("targetPort")[1..^1]})]", settings.Named("Cooperation__Silo__SiloPort").Value);
        Assert.Equal($"[string({ingress.Text("exposedPort")[1..^1]})]", settings.Named("Cooperation__Silo__SiloPort").Value);
        var gateway = Assert.Single(ingress.Get("additionalPortMappings").AsArray())!;
        Assert.Equal($"[string({gateway.Text("targetPort")[1..^1]})]", settings.Named("Cooperation__Silo__GatewayPort").Value);
        Assert.Equal($"[string({gateway.Text("exposedPort")[1..^1]})]", settings.Named("Cooperation__Silo__GatewayPort").Value);
        Assert.Equal("[string(variables('httpPort'))]", settings.Named(SiloOperationsExtensions.HealthPortKey.Replace(":", "__", StringComparison.Ordinal)).Value);
        Assert.Contains("createObject('path', '/health/live', 'port', variables('httpPort')", compiled.Template.Get("variables", "copy").AllText());
    }

    /// <summary>
    /// The API's settings make it a client of the silos through the same membership table, service and cluster, and
    /// carry the token signing key it refuses to start without, from a Key Vault secret.
    /// </summary>
    [Fact]
    public void Api_Settings_MakeItAClientOfTheSilosWithItsSigningKey()
    {
        var api = Settings("api");
        var silo = Settings("silo");
        var configuration = CodeSettings.Configuration(api);

        var cluster = CooperationClusterOptions.From(configuration);
        Assert.True(cluster.ApiAsClient);
        Assert.NotNull(cluster.ServiceUri);
        Assert.Equal(silo.Named("Cooperation__Cluster__ServiceUri").Value, api.Named("Cooperation__Cluster__ServiceUri").Value);
        Assert.Equal(silo.Named("Cooperation__Silo__ServiceId").Value, api.Named("Cooperation__Silo__ServiceId").Value);
        Assert.Equal(silo.Named("Cooperation__Silo__ClusterId").Value, api.Named("Cooperation__Silo__ClusterId").Value);
        // The readiness probe checks grain storage: the API names it too.
        Assert.NotNull(configuration.GetSection(CooperationStorageOptions.Section).Get<CooperationStorageOptions>()!.Validate().ServiceUri);

        var auth = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new();
        Assert.Equal(32, new SigningKey(Options.Create(auth)).Bytes.Length);
        var signingKey = api.Named($"{AuthOptions.Section}:{nameof(AuthOptions.SigningKey)}".Replace(":", "__", StringComparison.Ordinal));
        Assert.Null(signingKey.Value);
        Assert.Equal("[variables('signingKeySecretName')]", signingKey.SecretRef);
    }

    /// <summary>Telemetry goes to Application Insights from both, its connection string held as a secret.</summary>
    [Theory]
    [MemberData(nameof(Apps))]
    public void Telemetry_ConnectionString_IsASecret(string app)
    {
        var telemetry = Settings(app).Named(TelemetryExtensions.AzureMonitorKey);

        Assert.Null(telemetry.Value);
        Assert.Equal("[variables('insightsSecretName')]", telemetry.SecretRef);
    }
}
