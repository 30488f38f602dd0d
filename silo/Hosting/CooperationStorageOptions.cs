namespace Cooperation.Silo.Hosting;

/// <summary>Where grain state lives; bound from <c>Cooperation:Storage</c>.</summary>
/// <remarks>
/// Either a connection string (Azurite in the embedded default) or a service URI reached with the
/// managed identity (Azure): the blob storage provider validates at start that exactly one is set.
/// </remarks>
public sealed class CooperationStorageOptions
{
    public const string Section = "Cooperation:Storage";

    public string? ConnectionString { get; set; }

    public Uri? ServiceUri { get; set; }

    public string ContainerName { get; set; } = "grainstate";

    /// <summary>The container of uploaded photos (receipt photos, report attachments).</summary>
    public string AttachmentsContainerName { get; set; } = "attachments";
}
