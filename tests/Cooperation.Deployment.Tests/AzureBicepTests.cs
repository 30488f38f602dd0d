using System.Text.Json.Nodes;

namespace Cooperation.Deployment.Tests;

/// <summary>
/// What an operator deploying <c>azure.bicep</c> relies on, read from the ARM template that
/// <c>bicep build</c> produces (nothing is deployed).
/// </summary>
public sealed class AzureBicepTests(CompiledTemplate compiled) : IClassFixture<CompiledTemplate>
{
    private const string StorageAccountType = "Microsoft.Storage/storageAccounts";
    private const string ContainerType = "Microsoft.Storage/storageAccounts/blobServices/containers";
    private const string StorageBlobDataContributorRoleId = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";

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

    /// <summary>Grain state goes to a container named "grainstate" unless overridden, closed to anonymous readers.</summary>
    [Fact]
    public void GrainStateContainer_DefaultName_IsGrainstateAndPrivate()
    {
        Assert.Equal("grainstate", compiled.Parameter("grainStateContainerName").Text("defaultValue"));
        Assert.Equal("None", ContainerNamedBy("grainStateContainerName").Text("properties", "publicAccess"));
    }

    /// <summary>Attachments go to a container named "attachments" unless overridden, closed to anonymous readers.</summary>
    [Fact]
    public void AttachmentsContainer_DefaultName_IsAttachmentsAndPrivate()
    {
        Assert.Equal("attachments", compiled.Parameter("attachmentsContainerName").Text("defaultValue"));
        Assert.Equal("None", ContainerNamedBy("attachmentsContainerName").Text("properties", "publicAccess"));
    }

    /// <summary>The storage account accepts neither account keys nor anonymous blob reads, only Entra ID.</summary>
    [Fact]
    public void StorageAccount_Authentication_AllowsNeitherSharedKeysNorPublicBlobs()
    {
        var account = Assert.Single(compiled.Resources(StorageAccountType));

        Assert.False(account.Flag("properties", "allowSharedKeyAccess"));
        Assert.False(account.Flag("properties", "allowBlobPublicAccess"));
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

    /// <summary>The redundancy parameter offers locally or zone-redundant storage and defaults to the cheaper LRS.</summary>
    [Fact]
    public void StorageAccount_RedundancyParameter_OffersLrsOrZrs()
    {
        var sku = compiled.Parameter("storageSku");
        var allowed = sku.Get("allowedValues").AsArray().Select(value => value!.GetValue<string>());

        Assert.Equal(["Standard_LRS", "Standard_ZRS"], allowed);
        Assert.Equal("Standard_LRS", sku.Text("defaultValue"));
        Assert.Equal("[parameters('storageSku')]", Assert.Single(compiled.Resources(StorageAccountType)).Text("sku", "name"));
    }

    /// <summary>The user-assigned identity is a Storage Blob Data Contributor on the storage account itself.</summary>
    [Fact]
    public void RoleAssignment_ManagedIdentity_IsStorageBlobDataContributorOnTheAccount()
    {
        Assert.Single(compiled.Resources("Microsoft.ManagedIdentity/userAssignedIdentities"));
        var assignment = Assert.Single(compiled.Resources("Microsoft.Authorization/roleAssignments"));

        var roleDefinitionId = compiled.InlineVariables(assignment.Text("properties", "roleDefinitionId"));
        Assert.Contains("'Microsoft.Authorization/roleDefinitions'", roleDefinitionId);
        Assert.Contains($"'{StorageBlobDataContributorRoleId}'", roleDefinitionId);

        Assert.StartsWith($"[resourceId('{StorageAccountType}',", assignment.Text("scope"));
        Assert.Contains("'Microsoft.ManagedIdentity/userAssignedIdentities'", assignment.Text("properties", "principalId"));
        Assert.EndsWith(".principalId]", assignment.Text("properties", "principalId"));
        Assert.Equal("ServicePrincipal", assignment.Text("properties", "principalType"));
        // A deterministic name makes redeployment idempotent instead of failing with RoleAssignmentExists.
        Assert.StartsWith("[guid(", assignment.Text("name"));
    }

    /// <summary>Each output the silos' configuration needs is a described string taken from the right resource.</summary>
    [Theory]
    [InlineData("blobEndpoint", ".primaryEndpoints.blob")]
    [InlineData("grainStateContainerName", "'grainStateContainerName'")]
    [InlineData("attachmentsContainerName", "'attachmentsContainerName'")]
    [InlineData("identityClientId", ".clientId")]
    [InlineData("identityResourceId", "'Microsoft.ManagedIdentity/userAssignedIdentities'")]
    public void Output_AfterDeployment_IsADescribedStringFromTheExpectedResource(string name, string valueFragment)
    {
        var output = compiled.Output(name);

        Assert.Equal("string", output.Text("type"));
        Assert.Contains(valueFragment, output.Text("value"));
        Assert.False(string.IsNullOrWhiteSpace(output.Text("metadata", "description")));
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

    /// <summary>The blob container whose name comes from the given template parameter.</summary>
    private JsonObject ContainerNamedBy(string parameterName) =>
        Assert.Single(
            compiled.Resources(ContainerType),
            container => container.Text("name").Contains($"parameters('{parameterName}')", StringComparison.Ordinal));
}
