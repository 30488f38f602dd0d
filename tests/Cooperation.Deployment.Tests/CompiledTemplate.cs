using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Cooperation.Deployment.Tests;

/// <summary>
/// <c>azure.bicep</c> compiled once per test class with <c>bicep build --stdout</c>: the ARM JSON that
/// Azure Resource Manager would receive, plus what the CLI printed.
/// </summary>
public sealed partial class CompiledTemplate : IAsyncLifetime
{
    public const string BicepFile = "azure.bicep";

    private BicepResult? _build;
    private JsonObject? _template;

    /// <summary>Exit code and both streams of <c>bicep build</c>.</summary>
    public BicepResult Build => _build ?? throw new InvalidOperationException("The template has not been compiled yet.");

    /// <summary>The compiled ARM template; fails with the CLI's diagnostics if the build did not succeed.</summary>
    public JsonObject Template => _template
        ?? throw new InvalidOperationException(
            $"`bicep build {BicepFile}` failed with exit code {Build.ExitCode}:{Environment.NewLine}{Build.StandardError}");

    public async ValueTask InitializeAsync()
    {
        _build = await BicepCli.RunAsync(
            FindRepositoryRoot(),
            ["build", BicepFile, "--stdout"],
            TestContext.Current.CancellationToken);

        if (_build.ExitCode == 0)
        {
            _template = JsonNode.Parse(_build.StandardOutput)?.AsObject();
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Every resource of the given ARM type, e.g. <c>Microsoft.Storage/storageAccounts</c>.</summary>
    public IReadOnlyList<JsonObject> Resources(string type) =>
        Template.Get("resources").AsArray()
            .Select(resource => resource!.AsObject())
            .Where(resource => resource.Text("type") == type)
            .ToList();

    public JsonObject Parameter(string name) => Template.Get("parameters", name).AsObject();

    public JsonObject Output(string name) => Template.Get("outputs", name).AsObject();

    /// <summary>
    /// Replaces <c>variables('x')</c> in an ARM expression by the variable's literal string value, so that
    /// assertions read the value a deployment would use rather than the Bicep variable's name.
    /// </summary>
    public string InlineVariables(string expression) =>
        VariableReference().Replace(expression, match =>
            Template["variables"]?[match.Groups["name"].Value] is JsonValue value
            && value.TryGetValue<string>(out var literal)
            && !literal.StartsWith('[')
                ? $"'{literal}'"
                : match.Value);

    /// <summary>The directory holding Cooperation.sln, found by walking up from the test binaries.</summary>
    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Cooperation.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Cooperation.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"variables\('(?<name>[^']+)'\)")]
    private static partial Regex VariableReference();
}
