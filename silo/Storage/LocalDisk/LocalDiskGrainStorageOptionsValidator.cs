using System.Text.RegularExpressions;

namespace Cooperation.Silo.Storage.LocalDisk;

/// <summary>
/// Checks one named <see cref="LocalDiskGrainStorageOptions"/> when the silo starts, so a misconfigured host fails at
/// once with the setting to fix, instead of at the first grain activation.
/// </summary>
public sealed partial class LocalDiskGrainStorageOptionsValidator(LocalDiskGrainStorageOptions options, string name) : IConfigurationValidator
{
    /// <summary>Throws <see cref="OrleansConfigurationException"/> on the first problem found.</summary>
    public void ValidateConfiguration()
    {
        if (string.IsNullOrWhiteSpace(options.Directory))
            throw Invalid($"{Setting(nameof(LocalDiskGrainStorageOptions.Directory))} is not set: name the folder that holds the data.");
        if (!IsValidContainerName(options.ContainerName))
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

    /// <summary>
    /// Azure's container naming rule: 3–63 characters, lowercase letters, digits and hyphens, starting and ending
    /// with a letter or digit, never two hyphens in a row.
    /// </summary>
    public static bool IsValidContainerName(string? containerName) =>
        containerName is { Length: >= 3 and <= 63 } && ContainerNamePattern().IsMatch(containerName);

    // Segments of letters/digits joined by single hyphens: covers start, end and "no double hyphen" at once.
    // \z rather than $, which would also accept a trailing newline.
    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerNamePattern();
}
