using Cooperation.Silo.Hosting;

namespace Cooperation.Silo.Tests.Hosting;

/// <summary>The host's storage settings: exactly one of a folder, a connection string or a service URI.</summary>
public sealed class CooperationStorageOptionsTests
{
    private const string Folder = "/var/lib/cooperation";
    private const string Connection = "UseDevelopmentStorage=true";
    private static readonly Uri Account = new("https://cooperation.blob.core.windows.net/");

    /// <summary>Each of the three alone is a valid configuration, and only the folder puts the data on the local disk.</summary>
    [Theory]
    [InlineData(Folder, null, false, true)]
    [InlineData(null, Connection, false, false)]
    [InlineData(null, null, true, false)]
    public void Validate_ExactlyOne_Passes(string? directory, string? connection, bool serviceUri, bool onLocalDisk)
    {
        var options = new CooperationStorageOptions { Directory = directory, ConnectionString = connection, ServiceUri = serviceUri ? Account : null };

        Assert.Same(options, options.Validate());
        Assert.Equal(onLocalDisk, options.OnLocalDisk);
    }

    /// <summary>None, or several, is refused in French and English, naming the three settings and what was found.</summary>
    [Theory]
    [InlineData(null, null, false, "aucun / none")]
    [InlineData(" ", "", false, "aucun / none")]
    [InlineData(Folder, Connection, false, "Cooperation:Storage:Directory, Cooperation:Storage:ConnectionString")]
    [InlineData(null, Connection, true, "Cooperation:Storage:ConnectionString, Cooperation:Storage:ServiceUri")]
    public void Validate_NoneOrSeveral_RefusedNamingTheSettings(string? directory, string? connection, bool serviceUri, string found)
    {
        var options = new CooperationStorageOptions { Directory = directory, ConnectionString = connection, ServiceUri = serviceUri ? Account : null };

        var error = Assert.Throws<OrleansConfigurationException>(() => options.Validate());

        Assert.Contains("indiquez exactement un réglage", error.Message);
        Assert.Contains("set exactly one of Cooperation:Storage:Directory", error.Message);
        Assert.Contains(found, error.Message);
    }
}
