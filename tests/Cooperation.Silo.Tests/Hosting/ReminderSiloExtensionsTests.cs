using Cooperation.Silo.Hosting;

namespace Cooperation.Silo.Tests.Hosting;

/// <summary>Where a silo on a storage account finds its reminders: the table service of the account its blobs are in.</summary>
public sealed class ReminderSiloExtensionsTests
{
    /// <summary>Azure's blob endpoint gives the same account's table endpoint.</summary>
    [Fact]
    public void TableServiceUri_BlobEndpoint_SameAccountsTables() =>
        Assert.Equal(new Uri("https://cooperation.table.core.windows.net/"),
            ReminderSiloExtensions.TableServiceUri(new Uri("https://cooperation.blob.core.windows.net/grainstate")));

    /// <summary>An address that is not an account's blob service is refused at start, saying what is expected in French and English.</summary>
    [Fact]
    public void TableServiceUri_NotABlobEndpoint_RefusedSayingSo()
    {
        var error = Assert.Throws<OrleansConfigurationException>(() => ReminderSiloExtensions.TableServiceUri(new Uri("https://cooperation.example.org/")));

        Assert.Contains("n'est pas le service d'objets blob", error.Message);
        Assert.Contains("is not an Azure account's blob service", error.Message);
    }
}
