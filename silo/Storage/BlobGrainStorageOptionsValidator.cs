using System.Text.RegularExpressions;

namespace Cooperation.Silo.Storage;

/// <summary>
/// Checks one named <see cref="BlobGrainStorageOptions"/> when the silo starts, so a misconfigured deployment fails
/// at once with a message naming the setting to fix, instead of at the first grain activation.
/// </summary>
public sealed partial class BlobGrainStorageOptionsValidator : IConfigurationValidator
{
    private readonly BlobGrainStorageOptions _options;
    private readonly string _name;

    /// <summary>Creates a validator for the options of the provider called <paramref name="name"/>.</summary>
    public BlobGrainStorageOptionsValidator(BlobGrainStorageOptions options, string name)
    {
        _options = options;
        _name = name;
    }

    /// <summary>Throws <see cref="OrleansConfigurationException"/> on the first problem found.</summary>
    public void ValidateConfiguration()
    {
        if (string.IsNullOrWhiteSpace(_name) || _name.Any(char.IsControl))
            throw new OrleansConfigurationException(
                $"A blob grain storage provider is registered with the invalid name '{_name}': " +
                "pass a non-empty name without control characters to AddBlobGrainStorage.");

        var configured = new List<string>(3);
        if (_options.BlobServiceClient is not null)
            configured.Add(nameof(BlobGrainStorageOptions.BlobServiceClient));
        if (!string.IsNullOrWhiteSpace(_options.ConnectionString))
            configured.Add(nameof(BlobGrainStorageOptions.ConnectionString));
        if (_options.ServiceUri is not null)
            configured.Add(nameof(BlobGrainStorageOptions.ServiceUri));

        if (configured.Count == 0)
            throw Invalid(
                $"no way to reach Azure Blob Storage is configured. Set exactly one of {Setting(nameof(BlobGrainStorageOptions.ConnectionString))} " +
                "(e.g. \"UseDevelopmentStorage=true\" or an Azurite connection string), " +
                $"{Setting(nameof(BlobGrainStorageOptions.ServiceUri))} (reached with the managed identity) or " +
                $"{Setting(nameof(BlobGrainStorageOptions.BlobServiceClient))}.");
        // Two sources would make the target account depend on precedence rules nobody remembers; refuse instead.
        if (configured.Count > 1)
            throw Invalid(
                $"{string.Join(" and ", configured.Select(Setting))} are all set. Set exactly one of them.");

        if (_options.ServiceUri is { IsAbsoluteUri: false } relative)
            throw Invalid(
                $"{Setting(nameof(BlobGrainStorageOptions.ServiceUri))} '{relative}' is not an absolute URI. " +
                "Use the blob endpoint, e.g. https://{account}.blob.core.windows.net/.");
        if (_options.TokenCredential is not null && _options.ServiceUri is null)
            throw Invalid(
                $"{Setting(nameof(BlobGrainStorageOptions.TokenCredential))} is set but only applies with " +
                $"{Setting(nameof(BlobGrainStorageOptions.ServiceUri))}. Set the service URI or remove the credential.");

        if (!IsValidContainerName(_options.ContainerName))
            throw Invalid(
                $"{Setting(nameof(BlobGrainStorageOptions.ContainerName))} '{_options.ContainerName}' is not a valid blob container name. " +
                "Use 3 to 63 characters: lowercase letters, digits and single hyphens, starting and ending with a letter or digit.");

        if (_options.GrainStorageSerializer is null)
            throw Invalid(
                $"{Setting(nameof(BlobGrainStorageOptions.GrainStorageSerializer))} is not set and no IGrainStorageSerializer is registered.");
    }

    /// <summary>
    /// Azure's container naming rule: 3–63 characters, lowercase letters, digits and hyphens, starting and ending
    /// with a letter or digit, never two hyphens in a row.
    /// </summary>
    public static bool IsValidContainerName(string? containerName) =>
        containerName is { Length: >= 3 and <= 63 } && ContainerNamePattern().IsMatch(containerName);

    private OrleansConfigurationException Invalid(string problem) =>
        new($"Configuration of blob grain storage provider '{_name}' is invalid: {problem}");

    private static string Setting(string property) => $"{nameof(BlobGrainStorageOptions)}.{property}";

    // Segments of letters/digits joined by single hyphens: covers start, end and "no double hyphen" at once.
    // \z rather than $, which would also accept a trailing newline.
    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerNamePattern();
}
