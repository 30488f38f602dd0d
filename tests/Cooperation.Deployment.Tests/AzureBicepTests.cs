using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Cooperation.Deployment.Tests;

/// <summary>
/// What an operator deploying <c>azure.bicep</c> relies on, read from the ARM template that <c>bicep build</c>
/// produces (nothing is deployed): every resource, who may reach what, transport, secrets.
/// </summary>
public sealed partial class AzureBicepTests(CompiledTemplate compiled)
{
    private const string StorageAccountType = "Microsoft.Storage/storageAccounts";
    private const string ContainerType = "Microsoft.Storage/storageAccounts/blobServices/containers";
    private const string VaultType = "Microsoft.KeyVault/vaults";
    private const string RegistryType = "Microsoft.ContainerRegistry/registries";
    private const string RoleAssignmentType = "Microsoft.Authorization/roleAssignments";

    /// <summary>The template compiles with the pinned Bicep CLI and prints no warning at all.</summary>
    [Fact]
    public void AzureBicep_Build_SucceedsWithoutWarnings()
    {
        Assert.True(
            compiled.Build.ExitCode == 0,
            $"bicep build exited with {compiled.Build.ExitCode}:{Environment.NewLine}{compiled.Build.StandardError}");
        Assert.True(
            string.IsNullOrWhiteSpace(compiled.Build.StandardError),
            $"bicep build printed diagnostics:{Environment.NewLine}{compiled.Build.StandardError}");
    }

    /// <summary>
    /// Each resource of the deployment is there: a module used twice counts twice (the two environments), the
    /// container app module once for the silos (in a loop) and once for the API.
    /// </summary>
    [Theory]
    [InlineData("Microsoft.OperationalInsights/workspaces", 1)]
    [InlineData("Microsoft.Insights/components", 1)]
    [InlineData("Microsoft.Network/virtualNetworks", 1)]
    [InlineData("Microsoft.App/managedEnvironments", 2)]
    [InlineData("Microsoft.App/containerApps", 2)]
    [InlineData(StorageAccountType, 1)]
    [InlineData(ContainerType, 2)]
    [InlineData("Microsoft.ManagedIdentity/userAssignedIdentities", 1)]
    [InlineData(VaultType, 1)]
    [InlineData(RegistryType, 1)]
    [InlineData(RoleAssignmentType, 5)]
    public void Resources_OfEachKind_ArePresent(string type, int count)
    {
        Assert.Equal(count, compiled.Resources(type).Count);
    }

    /// <summary>Application Insights stores its telemetry in the Log Analytics workspace (workspace-based).</summary>
    [Fact]
    public void ApplicationInsights_Storage_IsTheWorkspace()
    {
        var insights = Assert.Single(compiled.Resources("Microsoft.Insights/components"));

        Assert.Contains("'Microsoft.OperationalInsights/workspaces'", insights.Text("properties", "WorkspaceResourceId"));
    }

    /// <summary>The silos' environment has no public address; the API's has one, for the phones.</summary>
    [Theory]
    [InlineData("silos-environment", true)]
    [InlineData("api-environment", false)]
    public void Environment_Accessibility_IsInternalForSilosExternalForTheApi(string module, bool internalOnly)
    {
        Assert.Equal(internalOnly, compiled.ModuleParameter(module, "internal").GetValue<bool>());
        Assert.Contains(module.StartsWith("silos", StringComparison.Ordinal) ? ".silosSubnetId." : ".apiSubnetId.", compiled.ModuleParameter(module, "subnetId").GetValue<string>());
    }

    /// <summary>Grain state and photos go to their own containers, named "grainstate" and "attachments" unless overridden, closed to anonymous readers.</summary>
    [Theory]
    [InlineData("grainStateContainerName", "grainstate")]
    [InlineData("attachmentsContainerName", "attachments")]
    public void BlobContainer_DefaultName_IsTheCodesAndPrivate(string parameter, string name)
    {
        Assert.Equal(name, compiled.Parameter(parameter).Text("defaultValue"));
        Assert.All(compiled.Resources(ContainerType), container => Assert.Equal("None", container.Text("properties", "publicAccess")));
    }

    /// <summary>The storage account accepts neither account keys nor anonymous blob reads, only Entra ID.</summary>
    [Fact]
    public void StorageAccount_Authentication_AllowsNeitherSharedKeysNorPublicBlobs()
    {
        var account = Assert.Single(compiled.Resources(StorageAccountType));

        Assert.False(account.Flag("properties", "allowSharedKeyAccess"));
        Assert.False(account.Flag("properties", "allowBlobPublicAccess"));
        Assert.True(account.Flag("properties", "defaultToOAuthAuthentication"));
    }

    /// <summary>The storage account is a StorageV2 account reachable over HTTPS with TLS 1.2 or later only.</summary>
    [Fact]
    public void StorageAccount_Transport_RequiresHttpsAndTls12()
    {
        var account = Assert.Single(compiled.Resources(StorageAccountType));

        Assert.Equal("StorageV2", account.Text("kind"));
        Assert.True(account.Flag("properties", "supportsHttpsTrafficOnly"));
        Assert.Equal("TLS1_2", account.Text("properties", "minimumTlsVersion"));
    }

    /// <summary>Only the two Container Apps subnets reach the storage account; every other network is refused.</summary>
    [Fact]
    public void StorageAccount_Network_RefusesAllButTheAppsSubnets()
    {
        var account = Assert.Single(compiled.Resources(StorageAccountType));
        var subnets = compiled.ModuleParameter("storage", "allowedSubnetIds").AsArray().Select(subnet => subnet!.GetValue<string>()).ToList();

        Assert.Equal("Deny", account.Text("properties", "networkAcls", "defaultAction"));
        Assert.Equal(2, subnets.Count);
        Assert.Contains(subnets, subnet => subnet.Contains(".silosSubnetId.", StringComparison.Ordinal));
        Assert.Contains(subnets, subnet => subnet.Contains(".apiSubnetId.", StringComparison.Ordinal));
    }

    /// <summary>The redundancy parameter offers locally or zone-redundant storage and defaults to the cheaper LRS.</summary>
    [Fact]
    public void StorageAccount_RedundancyParameter_OffersLrsOrZrs()
    {
        var sku = compiled.Parameter("storageSku");
        var allowed = sku.Get("allowedValues").AsArray().Select(value => value!.GetValue<string>());

        Assert.Equal(["Standard_LRS", "Standard_ZRS"], allowed);
        Assert.Equal("Standard_LRS", sku.Text("defaultValue"));
        Assert.Equal("[parameters('storageSku')]", compiled.ModuleParameter("storage", "sku").GetValue<string>());
    }

    /// <summary>
    /// The apps' identity holds exactly the data roles it needs, each on the one resource it concerns: blobs and
    /// tables on the storage account, secrets on the vault, image pulls on the registry.
    /// </summary>
    [Theory]
    [InlineData("ba92f5b4-2d11-453d-a403-e96b0029c9fe", StorageAccountType)] // Storage Blob Data Contributor
    [InlineData("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", StorageAccountType)] // Storage Table Data Contributor
    [InlineData("4633458b-17de-408a-b874-0445c86b69e6", VaultType)] // Key Vault Secrets User
    [InlineData("7f951dda-4ed3-4680-a7ca-43fe172d538d", RegistryType)] // AcrPull
    public void RoleAssignment_OfTheIdentity_IsScopedToItsResource(string roleId, string scopeType)
    {
        var (assignment, _) = Assert.Single(
            compiled.ResourcesWithTemplate(RoleAssignmentType),
            entry => CompiledTemplate.InlineVariables(entry.Resource.Text("properties", "roleDefinitionId"), entry.Template).Contains($"'{roleId}'", StringComparison.Ordinal));

        Assert.Equal($"[resourceId('{scopeType}', parameters('name'))]", assignment.Text("scope"));
        Assert.Equal("[parameters('principalId')]", assignment.Text("properties", "principalId"));
        Assert.Equal("ServicePrincipal", assignment.Text("properties", "principalType"));
        // A deterministic name makes redeployment idempotent instead of failing with RoleAssignmentExists.
        Assert.StartsWith("[guid(", assignment.Text("name"));
    }

    /// <summary>The principal every module grants its roles to is the user-assigned identity the apps run as.</summary>
    [Theory]
    [InlineData("storage")]
    [InlineData("vault")]
    [InlineData("registry")]
    public void RoleAssignment_Principal_IsTheAppsIdentity(string module)
    {
        var principal = compiled.ModuleParameter(module, "principalId").GetValue<string>();

        Assert.Contains("'Microsoft.ManagedIdentity/userAssignedIdentities'", principal);
        Assert.EndsWith(".principalId]", principal);
    }

    /// <summary>The vault grants access by Azure RBAC, keeps deleted secrets 90 days, and purge protection is a parameter (on by default).</summary>
    [Fact]
    public void KeyVault_Access_IsRbacWithSoftDeleteAndPurgeProtectionByParameter()
    {
        var vault = Assert.Single(compiled.Resources(VaultType));

        Assert.True(vault.Flag("properties", "enableRbacAuthorization"));
        Assert.True(vault.Flag("properties", "enableSoftDelete"));
        Assert.Equal(90, vault.Get("properties", "softDeleteRetentionInDays").GetValue<int>());
        Assert.Equal("[if(parameters('purgeProtection'), true(), null())]", vault.Text("properties", "enablePurgeProtection"));
        Assert.Equal("[parameters('keyVaultPurgeProtection')]", compiled.ModuleParameter("vault", "purgeProtection").GetValue<string>());
        Assert.True(compiled.Parameter("keyVaultPurgeProtection").Flag("defaultValue"));
    }

    /// <summary>The registry is the smallest (Basic), with no admin user and no anonymous pull, and only deployed when no registry is named.</summary>
    [Fact]
    public void Registry_Access_IsBasicWithoutAdminUserAndOnlyWhenNoneIsGiven()
    {
        var registry = Assert.Single(compiled.Resources(RegistryType));

        Assert.Equal("Basic", registry.Text("sku", "name"));
        Assert.False(registry.Flag("properties", "adminUserEnabled"));
        Assert.False(registry.Flag("properties", "anonymousPullEnabled"));
        Assert.Equal("[variables('deployRegistry')]", compiled.Module("registry").Text("condition"));
        Assert.Equal("[empty(parameters('registryLoginServer'))]", compiled.Template.Text("variables", "deployRegistry"));
        Assert.Equal("", compiled.Parameter("registryLoginServer").Text("defaultValue"));
    }

    /// <summary>
    /// Phones reach the API over HTTPS only, HTTP/2 where they offer it and HTTP/1.1 otherwise, on the port the API
    /// listens on; its replicas are the parameters'.
    /// </summary>
    [Fact]
    public void Api_Ingress_IsExternalHttpsWithHttp2AndReplicasFromParameters()
    {
        var ingress = compiled.ModuleParameter("api", "ingress");
        var port = AppSettings.Read(compiled.ModuleParameter("api", "env")).Named("ASPNETCORE_HTTP_PORTS").Value;

        Assert.True(ingress.Flag("external"));
        Assert.Equal("auto", ingress.Text("transport"));
        Assert.False(ingress.Flag("allowInsecure"));
        Assert.Equal($"[string({ingress.Text("targetPort")[1..^1]})]", port);
        Assert.Equal("[parameters('apiMinReplicas')]", compiled.ModuleParameter("api", "minReplicas").GetValue<string>());
        Assert.Equal("[parameters('apiMaxReplicas')]", compiled.ModuleParameter("api", "maxReplicas").GetValue<string>());
    }

    /// <summary>The platform restarts an API replica whose process stops answering and sends requests only to ready ones.</summary>
    [Theory]
    [InlineData("Liveness", "/health/live")]
    [InlineData("Readiness", "/health/ready")]
    public void Api_Probe_AsksTheHealthEndpoint(string type, string path)
    {
        var probe = Assert.Single(compiled.ModuleParameter("api", "probes").AsArray(), probe => probe!.Text("type") == type)!;

        Assert.Equal(path, probe.Text("httpGet", "path"));
        Assert.Equal("[variables('httpPort')]", probe.Text("httpGet", "port"));
    }

    /// <summary>
    /// Every probe of both apps stays inside what Container Apps accepts (at most 10 failures, 1–60 s of initial delay,
    /// at most 240 s between probes, one probe of each type): outside, the deployment itself is refused.
    /// </summary>
    [Fact]
    public void Probes_OfBothApps_StayWithinTheContainerAppsLimits()
    {
        var probes = compiled.ModuleParameter("api", "probes").AllText() + compiled.Template.Get("variables", "copy").AllText();
        var settings = ProbeSetting().Matches(probes).Select(match => (Name: match.Groups["name"].Value, Value: int.Parse(match.Groups["value"].Value)))
            .Concat(compiled.ModuleParameter("api", "probes").AsArray().SelectMany(probe => probe!.AsObject())
                .Where(field => field.Value is JsonValue value && value.TryGetValue<int>(out _))
                .Select(field => (Name: field.Key, Value: field.Value!.GetValue<int>())))
            .ToList();

        Assert.Contains(settings, setting => setting.Name == "failureThreshold");
        Assert.All(settings, setting => Assert.True(setting.Name switch
        {
            "failureThreshold" => setting.Value is >= 1 and <= 10,
            "initialDelaySeconds" => setting.Value is >= 1 and <= 60,
            "periodSeconds" => setting.Value is >= 1 and <= 240,
            _ => true,
        }, $"{setting.Name} = {setting.Value}"));
        Assert.Equal(["Liveness", "Readiness", "Startup"], compiled.ModuleParameter("api", "probes").AsArray().Select(probe => probe!.Text("type")).Order());
    }

    /// <summary>Each silo is one replica behind a TCP ingress for its silo port and its gateway port, at the environment's boundary.</summary>
    [Fact]
    public void Silo_Ingress_IsTcpForSiloAndGatewayOnOneReplica()
    {
        var ingress = compiled.ModuleParameter("silo", "ingress");
        var gateway = Assert.Single(ingress.Get("additionalPortMappings").AsArray())!;

        Assert.Equal("tcp", ingress.Text("transport"));
        Assert.True(ingress.Flag("external"));
        Assert.True(gateway.Flag("external"));
        Assert.Equal(1, compiled.ModuleParameter("silo", "minReplicas").GetValue<int>());
        Assert.Equal(1, compiled.ModuleParameter("silo", "maxReplicas").GetValue<int>());
        Assert.Equal("[length(range(0, parameters('siloCount')))]", compiled.Module("silo").Text("copy", "count"));
    }

    /// <summary>The API's signing key is a Container Apps secret the platform reads from the vault with the apps' identity.</summary>
    [Fact]
    public void Api_SigningKey_ComesFromTheVaultThroughTheIdentity()
    {
        var secrets = compiled.ModuleParameter("api", "secrets").AllText();

        Assert.Contains("createObject('name', variables('signingKeySecretName'), 'keyVaultUrl', format('{0}secrets/{1}', reference(resourceId('Microsoft.Resources/deployments', 'vault')", secrets);
        Assert.Contains("'identity', resourceId('Microsoft.ManagedIdentity/userAssignedIdentities'", secrets);
        Assert.Equal("signing-key", compiled.Template.Text("variables", "signingKeySecretName"));
    }

    /// <summary>
    /// A production instance has no demo people: the first silo makes the first administrator, her address a parameter
    /// and her password a secret the platform reads from the vault, only when an address is given.
    /// </summary>
    [Fact]
    public void Silo_FirstAdministrator_PasswordFromTheVaultOnlyWhenAnAddressIsGiven()
    {
        var secrets = compiled.ModuleParameter("silo", "secrets").AllText();
        var settings = compiled.ModuleParameter("silo", "env").AllText();

        Assert.Contains("if(and(variables('firstAdministrator'), equals(range(0, parameters('siloCount'))[copyIndex()], 0)), createArray(", secrets);
        Assert.Contains(".firstAdministratorPassword), createArray())", secrets);
        Assert.Contains("'keyVaultUrl', format('{0}secrets/{1}', reference(resourceId('Microsoft.Resources/deployments', 'vault'), '2025-04-01').outputs.uri.value, variables('firstAdministratorPasswordSecretName'))", secrets);
        Assert.Contains("'secretRef', variables('firstAdministratorPasswordSecretName')", settings);
        Assert.Contains("'value', parameters('firstAdministratorEmail')", settings);
        Assert.Equal("first-administrator-password", compiled.Template.Text("variables", "firstAdministratorPasswordSecretName"));
        Assert.Equal("", compiled.Template.Get("parameters", "firstAdministratorEmail").Text("defaultValue"));
    }

    /// <summary>Both apps run as the user-assigned identity and pull their image with it: no registry password anywhere.</summary>
    [Fact]
    public void ContainerApp_Identity_IsUserAssignedAndPullsTheImage()
    {
        var app = Assert.Single(compiled.Resources("Microsoft.App/containerApps").DistinctBy(app => app.ToJsonString()));

        Assert.Equal("UserAssigned", app.Text("identity", "type"));
        var registry = Assert.Single(app.Get("properties", "configuration", "registries").AsArray())!;
        Assert.Equal("[parameters('identityId')]", registry.Text("identity"));
        Assert.Null(registry["passwordSecretRef"]);
    }

    /// <summary>No output hands out a key, a connection string or a secret: the outputs are names, addresses and ids.</summary>
    [Fact]
    public void Outputs_None_CarriesASecret()
    {
        var outputs = compiled.Template.Get("outputs").AsObject();

        Assert.Contains("apiUrl", outputs.Select(output => output.Key));
        Assert.All(outputs, output =>
        {
            var value = output.Value!.ToJsonString();
            Assert.Equal("string", output.Value!.Text("type"));
            Assert.DoesNotContain("listKeys", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("ConnectionString", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("secret", output.Key, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("password", output.Key, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Contains("format('https://{0}', reference(resourceId('Microsoft.Resources/deployments', 'api')", compiled.Output("apiUrl").Text("value"));
    }

    /// <summary>No parameter carries a secret: none is secure with a default, none is a key, password or connection string.</summary>
    [Fact]
    public void Parameters_None_CarriesASecret()
    {
        var parameters = compiled.Template.Get("parameters").AsObject();

        Assert.All(parameters, parameter =>
        {
            var definition = parameter.Value!.AsObject();
            Assert.False(definition.Text("type").StartsWith("secure", StringComparison.OrdinalIgnoreCase) && definition["defaultValue"] is not null, parameter.Key);
            Assert.DoesNotMatch("(?i)(secret|password|signingkey|connectionstring)", parameter.Key);
        });
    }

    /// <summary>Every parameter explains itself in the portal and in `az deployment` prompts.</summary>
    [Fact]
    public void Parameters_EveryOne_HasADescription()
    {
        var parameters = compiled.Template.Get("parameters").AsObject();

        Assert.Contains("namePrefix", parameters.Select(parameter => parameter.Key));
        Assert.Contains("environmentName", parameters.Select(parameter => parameter.Key));
        Assert.All(parameters, parameter =>
            Assert.False(string.IsNullOrWhiteSpace(parameter.Value?["metadata"]?["description"]?.GetValue<string>()), parameter.Key));
    }

    /// <summary>Without a location argument everything lands in the resource group's region.</summary>
    [Fact]
    public void Location_Default_IsTheResourceGroupRegion()
    {
        Assert.Equal("[resourceGroup().location]", compiled.Parameter("location").Text("defaultValue"));
    }

    /// <summary>The apps come in the second pass only, once an image tag names images in the registry.</summary>
    [Theory]
    [InlineData("silo")]
    [InlineData("api")]
    public void ContainerApps_FirstPass_WaitForAnImageTag(string module)
    {
        Assert.Equal("[variables('deployApps')]", compiled.Module(module).Text("condition"));
        Assert.Equal("[not(empty(parameters('imageTag')))]", compiled.Template.Text("variables", "deployApps"));
        Assert.Equal("", compiled.Parameter("imageTag").Text("defaultValue"));
    }

    [GeneratedRegex(@"'(?<name>failureThreshold|initialDelaySeconds|periodSeconds)', (?<value>\d+)")]
    private static partial Regex ProbeSetting();
}
