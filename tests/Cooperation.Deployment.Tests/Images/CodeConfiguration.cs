using System.Text.RegularExpressions;

namespace Cooperation.Deployment.Tests.Images;

/// <summary>
/// The configuration keys the silo's and the API's code reads, found in their sources: a key written whole
/// (<c>"Cooperation:Health:Port"</c>), or an options class's <c>Section</c> constant with a property of the key's
/// last name (<c>Cooperation:Silo</c> and <c>SiloPort</c>).
/// </summary>
public static partial class CodeConfiguration
{
    private static readonly string[] Projects = ["silo", "graphql-api"];

    private static readonly Lazy<List<string>> Sources = new(() => Projects
        .SelectMany(project => Directory.EnumerateFiles(Path.Combine(CommandLine.RepositoryRoot, project), "*.cs", SearchOption.AllDirectories))
        .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        .Select(File.ReadAllText)
        .ToList());

    /// <summary>The key an environment variable sets (<c>Cooperation__Silo__SiloPort</c> → <c>Cooperation:Silo:SiloPort</c>).</summary>
    public static string KeyOf(string environmentVariable) => environmentVariable.Replace("__", ":", StringComparison.Ordinal);

    public static bool Reads(string key)
    {
        if (Sources.Value.Any(source => source.Contains($"\"{key}\"", StringComparison.Ordinal)))
            return true;
        var separator = key.LastIndexOf(':');
        var (section, property) = (key[..separator], key[(separator + 1)..]);
        return Sources.Value.Any(source => source.Contains($"Section = \"{section}\";", StringComparison.Ordinal)
            && PublicProperty().Matches(source).Any(match => match.Groups["name"].Value == property));
    }

    [GeneratedRegex(@"public\s+[\w<>?,\s]+?\s+(?<name>\w+)\s*\{\s*get;")]
    private static partial Regex PublicProperty();
}
