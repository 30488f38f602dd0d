namespace Cooperation.Silo.Storage.LocalDisk;

/// <summary>
/// Checks one named <see cref="LocalDiskGrainStorageOptions"/> when the silo starts, so a misconfigured host fails at
/// once with the setting to fix, instead of at the first grain activation.
/// </summary>
public sealed class LocalDiskGrainStorageOptionsValidator(LocalDiskGrainStorageOptions options, string name) : IConfigurationValidator
{
    /// <summary>Throws <see cref="OrleansConfigurationException"/> on the first problem found.</summary>
    public void ValidateConfiguration()
    {
        if (string.IsNullOrWhiteSpace(options.Directory))
            throw Invalid($"{Setting(nameof(LocalDiskGrainStorageOptions.Directory))} is not set: name the folder that holds the data.");
        if (!BlobGrainStorageOptionsValidator.IsValidContainerName(options.ContainerName))
            throw Invalid(
                $"{Setting(nameof(LocalDiskGrainStorageOptions.ContainerName))} '{options.ContainerName}' is not a valid container name. " +
                "Use 3 to 63 characters: lowercase letters, digits and single hyphens, starting and ending with a letter or digit " +
                "(Azure's rule, so the data can move to a storage account).");
        if (options.GrainStorageSerializer is null)
            throw Invalid($"{Setting(nameof(LocalDiskGrainStorageOptions.GrainStorageSerializer))} is not set and no IGrainStorageSerializer is registered.");
    }

    private OrleansConfigurationException Invalid(string problem) =>
        new($"Configuration of local-disk grain storage provider '{name}' is invalid: {problem}");

    private static string Setting(string property) => $"{nameof(LocalDiskGrainStorageOptions)}.{property}";
}
