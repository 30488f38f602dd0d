namespace Cooperation.Silo.Hosting;

/// <summary>Where grain state and photos live; bound from <c>Cooperation:Storage</c>.</summary>
/// <remarks>
/// Exactly one of three: a folder on the local disk (the embedded default, <c>./run</c>: every acknowledged write is
/// on disk), a connection string (a storage account, or Azurite in tests) or a service URI reached with the managed
/// identity (Azure). <see cref="Validate"/> refuses none or several at start.
/// </remarks>
public sealed class CooperationStorageOptions
{
    public const string Section = "Cooperation:Storage";

    /// <summary>The data folder of the local-disk store (<c>.data/store</c> in <c>./run</c>).</summary>
    public string? Directory { get; set; }

    public string? ConnectionString { get; set; }

    public Uri? ServiceUri { get; set; }

    /// <summary>The container (a subfolder on the local disk) of grain state.</summary>
    public string ContainerName { get; set; } = "grainstate";

    /// <summary>The container (a subfolder on the local disk) of uploaded photos (receipt photos, report attachments).</summary>
    public string AttachmentsContainerName { get; set; } = "attachments";

    /// <summary>True when the data goes to the local disk rather than to blob storage.</summary>
    public bool OnLocalDisk => !string.IsNullOrWhiteSpace(Directory);

    /// <summary>Throws, naming the three settings, unless exactly one of them is set.</summary>
    /// <exception cref="OrleansConfigurationException">None or several are set.</exception>
    public CooperationStorageOptions Validate()
    {
        var set = new[]
        {
            (Name: "Directory", IsSet: OnLocalDisk),
            (Name: "ConnectionString", IsSet: !string.IsNullOrWhiteSpace(ConnectionString)),
            (Name: "ServiceUri", IsSet: ServiceUri is not null),
        }.Where(s => s.IsSet).Select(s => $"{Section}:{s.Name}").ToList();
        if (set.Count == 1)
            return this;
        var found = set.Count == 0 ? "aucun / none" : string.Join(", ", set);
        throw new OrleansConfigurationException(
            $"Stockage : indiquez exactement un réglage parmi {Section}:Directory (un dossier sur ce disque, le mode intégré), " +
            $":ConnectionString (un compte de stockage) ou :ServiceUri (Azure, identité managée) ; trouvé : {found}. / " +
            $"Storage: set exactly one of {Section}:Directory (a folder on this disk, the embedded default), " +
            $":ConnectionString (a storage account) or :ServiceUri (Azure, managed identity); found: {found}.");
    }
}
