using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Cooperation.Silo.Tests.Storage;

/// <summary>
/// Start-time checks of <see cref="BlobGrainStorageOptions"/> and the registration extensions; no storage needed.
/// </summary>
public sealed class BlobGrainStorageOptionsValidatorTests
{
    private const string Connection = "UseDevelopmentStorage=true";
    private static readonly SystemTextJsonGrainStorageSerializer Json =
        new(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));

    /// <summary>A connection string, a container name and a serializer make a valid configuration.</summary>
    [Fact]
    public void ValidateConfiguration_ConnectionString_Passes()
    {
        Validate(Valid());
    }

    /// <summary>A service URI alone (managed identity) is a valid way to reach storage.</summary>
    [Fact]
    public void ValidateConfiguration_ServiceUriOnly_Passes()
    {
        Validate(Valid(o =>
        {
            o.ConnectionString = null;
            o.ServiceUri = new Uri("https://cooperation.blob.core.windows.net/");
        }));
    }

    /// <summary>No way to reach storage fails, naming the provider and the settings to set.</summary>
    [Fact]
    public void ValidateConfiguration_NoConnection_ThrowsNamingProviderAndSettings()
    {
        var error = Assert.Throws<OrleansConfigurationException>(() => Validate(Valid(o => o.ConnectionString = null)));

        Assert.Contains("'cooperation'", error.Message);
        Assert.Contains("BlobGrainStorageOptions.ConnectionString", error.Message);
        Assert.Contains("BlobGrainStorageOptions.ServiceUri", error.Message);
    }

    /// <summary>A blank connection string counts as missing.</summary>
    [Fact]
    public void ValidateConfiguration_BlankConnectionString_Throws()
    {
        var error = Assert.Throws<OrleansConfigurationException>(() => Validate(Valid(o => o.ConnectionString = "  ")));

        Assert.Contains("no way to reach Azure Blob Storage", error.Message);
    }

    /// <summary>Two ways to reach storage at once are refused rather than silently ranked.</summary>
    [Fact]
    public void ValidateConfiguration_ConnectionStringAndServiceUri_Throws()
    {
        var error = Assert.Throws<OrleansConfigurationException>(
            () => Validate(Valid(o => o.ServiceUri = new Uri("https://cooperation.blob.core.windows.net/"))));

        Assert.Contains("ConnectionString and BlobGrainStorageOptions.ServiceUri", error.Message);
        Assert.Contains("exactly one", error.Message);
    }

    /// <summary>A credential without a service URI would be ignored, so it is refused.</summary>
    [Fact]
    public void ValidateConfiguration_TokenCredentialWithoutServiceUri_Throws()
    {
        var error = Assert.Throws<OrleansConfigurationException>(
            () => Validate(Valid(o => o.TokenCredential = new DefaultAzureCredential())));

        Assert.Contains("TokenCredential", error.Message);
    }

    /// <summary>A relative service URI is refused.</summary>
    [Fact]
    public void ValidateConfiguration_RelativeServiceUri_Throws()
    {
        var error = Assert.Throws<OrleansConfigurationException>(() => Validate(Valid(o =>
        {
            o.ConnectionString = null;
            o.ServiceUri = new Uri("cooperation", UriKind.Relative);
        })));

        Assert.Contains("not an absolute URI", error.Message);
    }

    /// <summary>Names breaking Azure's container rules fail with the rule and the offending name.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("GrainState")]
    [InlineData("grain_state")]
    [InlineData("grain--state")]
    [InlineData("-grainstate")]
    [InlineData("grainstate-")]
    [InlineData("grainstate\n")]
    [InlineData("état")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public void ValidateConfiguration_InvalidContainerName_ThrowsWithRule(string containerName)
    {
        var error = Assert.Throws<OrleansConfigurationException>(() => Validate(Valid(o => o.ContainerName = containerName)));

        Assert.Contains("BlobGrainStorageOptions.ContainerName", error.Message);
        Assert.Contains($"'{containerName}'", error.Message);
        Assert.Contains("3 to 63 characters", error.Message);
    }

    /// <summary>Names following Azure's container rules pass.</summary>
    [Theory]
    [InlineData("abc")]
    [InlineData("grainstate")]
    [InlineData("test-0123abcd")]
    [InlineData("a-b-c")]
    [InlineData("a23456789012345678901234567890123456789012345678901234567890123")]
    public void ValidateConfiguration_ValidContainerName_Passes(string containerName)
    {
        Validate(Valid(o => o.ContainerName = containerName));
    }

    /// <summary>A blank provider name is refused.</summary>
    [Fact]
    public void ValidateConfiguration_BlankProviderName_Throws()
    {
        var error = Assert.Throws<OrleansConfigurationException>(
            () => new BlobGrainStorageOptionsValidator(Valid(), " ").ValidateConfiguration());

        Assert.Contains("invalid name", error.Message);
    }

    /// <summary>Without a serializer (none registered in the silo), the validator says so.</summary>
    [Fact]
    public void ValidateConfiguration_NoSerializer_Throws()
    {
        var error = Assert.Throws<OrleansConfigurationException>(() => Validate(Valid(o => o.GrainStorageSerializer = null!)));

        Assert.Contains("GrainStorageSerializer", error.Message);
    }

    /// <summary>Defaults match the official provider's.</summary>
    [Fact]
    public void Options_Defaults_MatchOfficialProvider()
    {
        var options = new BlobGrainStorageOptions();

        Assert.Equal("grainstate", options.ContainerName);
        Assert.True(options.DeleteStateOnClear);
        Assert.Equal(ServiceLifecycleStage.ApplicationServices, options.InitStage);
    }

    /// <summary>The client is built from whichever setting is present; a given client is used as is.</summary>
    [Fact]
    public void CreateBlobServiceClient_EachSetting_BuildsClientForIt()
    {
        var given = new BlobServiceClient(Connection);
        var fromUri = new BlobGrainStorageOptions { ServiceUri = new Uri("https://cooperation.blob.core.windows.net/") }
            .CreateBlobServiceClient();

        Assert.Same(given, new BlobGrainStorageOptions { BlobServiceClient = given }.CreateBlobServiceClient());
        Assert.Equal("devstoreaccount1", new BlobGrainStorageOptions { ConnectionString = Connection }.CreateBlobServiceClient().AccountName);
        Assert.Equal("cooperation", fromUri.AccountName);
        Assert.Throws<OrleansConfigurationException>(() => new BlobGrainStorageOptions().CreateBlobServiceClient());
    }

    /// <summary>
    /// Registration adds the named provider (keyed), its validator, and fills the serializer with the one the silo
    /// registered.
    /// </summary>
    [Fact]
    public void AddBlobGrainStorage_ServiceCollection_RegistersNamedProviderValidatorAndSiloSerializer()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSerializer()
            .AddSingleton<IGrainStorageSerializer>(Json)
            .AddBlobGrainStorage("cooperation", o =>
            {
                o.ConnectionString = Connection;
                o.ContainerName = "cooperation-state";
            });
        using var provider = services.BuildServiceProvider();

        var storage = provider.GetRequiredKeyedService<IGrainStorage>("cooperation");
        var options = provider.GetRequiredService<IOptionsMonitor<BlobGrainStorageOptions>>().Get("cooperation");
        var validators = provider.GetServices<IConfigurationValidator>().OfType<BlobGrainStorageOptionsValidator>().ToList();

        Assert.IsType<BlobGrainStorage>(storage);
        Assert.Same(Json, options.GrainStorageSerializer);
        Assert.Equal("cooperation-state", options.ContainerName);
        var validator = Assert.Single(validators);
        validator.ValidateConfiguration();
        Assert.Null(provider.GetService<IGrainStorage>());
    }

    /// <summary>The AsDefault registration also serves <c>[PersistentState]</c> without a storage name.</summary>
    [Fact]
    public void AddBlobGrainStorageAsDefault_ServiceCollection_RegistersUnkeyedDefault()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSerializer()
            .AddSingleton<IGrainStorageSerializer>(Json)
            .AddBlobGrainStorageAsDefault(o => o.ConnectionString = Connection);
        using var provider = services.BuildServiceProvider();

        Assert.IsType<BlobGrainStorage>(provider.GetService<IGrainStorage>());
        Assert.IsType<BlobGrainStorage>(provider.GetRequiredKeyedService<IGrainStorage>("Default"));
    }

    /// <summary>The options-builder overload binds configuration like any named options.</summary>
    [Fact]
    public void AddBlobGrainStorage_OptionsBuilder_AppliesConfiguration()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSerializer()
            .AddSingleton<IGrainStorageSerializer>(Json)
            .AddBlobGrainStorage("cooperation", builder => builder.Configure(o =>
            {
                o.ConnectionString = Connection;
                o.DeleteStateOnClear = false;
            }));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<BlobGrainStorageOptions>>().Get("cooperation");

        Assert.False(options.DeleteStateOnClear);
        Assert.Equal(Connection, options.ConnectionString);
        Assert.Same(Json, options.GrainStorageSerializer);
    }

    private static BlobGrainStorageOptions Valid(Action<BlobGrainStorageOptions>? change = null)
    {
        var options = new BlobGrainStorageOptions { ConnectionString = Connection, GrainStorageSerializer = Json };
        change?.Invoke(options);
        return options;
    }

    private static void Validate(BlobGrainStorageOptions options) =>
        new BlobGrainStorageOptionsValidator(options, "cooperation").ValidateConfiguration();
}
