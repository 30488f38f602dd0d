using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

// Compiled once for the whole run: every test class that takes it in its constructor shares the one build.
[assembly: AssemblyFixture(typeof(Cooperation.Deployment.Tests.CompiledTemplate))]

namespace Cooperation.Deployment.Tests;

/// <summary>
/// <c>azure.bicep</c> compiled once per test run with <c>bicep build --stdout</c>: the ARM JSON that
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
            RepositoryRoot,
            ["build", BicepFile, "--stdout"],
            TestContext.Current.CancellationToken);

        if (_build.ExitCode == 0)
        {
            _template = JsonNode.Parse(_build.StandardOutput)?.AsObject();
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>
    /// Every resource of the given ARM type, e.g. <c>Microsoft.Storage/storageAccounts</c>, in the template and in
    /// the templates of its modules (a module used twice counts twice).
    /// </summary>
    public IReadOnlyList<JsonObject> Resources(string type) =>
        Walk(Template).Where(entry => entry.Resource.Text("type") == type).Select(entry => entry.Resource).ToList();

    /// <summary>Every resource of the given type with the (module) template that declares it.</summary>
    public IReadOnlyList<(JsonObject Resource, JsonObject Template)> ResourcesWithTemplate(string type) =>
        Walk(Template).Where(entry => entry.Resource.Text("type") == type).ToList();

    /// <summary>
    /// The module of <c>azure.bicep</c> deployed under <paramref name="name"/>, or, for a module in a loop, under
    /// <c>name-{index}</c>.
    /// </summary>
    public JsonObject Module(string name) =>
        Assert.Single(
            Template.Get("resources").AsArray().Select(resource => resource!.AsObject()),
            resource => resource.Text("type") == "Microsoft.Resources/deployments"
                && (resource.Text("name") == name || resource.Text("name").StartsWith($"[format('{name}-{{0}}'", StringComparison.Ordinal)));

    /// <summary>The value an <c>azure.bicep</c> module passes to the parameter <paramref name="parameter"/> of <paramref name="module"/>.</summary>
    /// A value that is just a variable of <c>azure.bicep</c> (<c>[variables('apiProbes')]</c>) is that variable's.
    public JsonNode ModuleParameter(string module, string parameter)
    {
        var value = Module(module).Get("properties", "parameters", parameter, "value");
        return value is JsonValue text && text.TryGetValue<string>(out var expression)
            && VariableReference().Match(expression) is { Success: true } match && match.Length == expression.Length - 2
            && Template["variables"]?[match.Groups["name"].Value] is JsonNode variable
                ? variable
                : value;
    }

    public JsonObject Parameter(string name) => Template.Get("parameters", name).AsObject();

    public JsonObject Output(string name) => Template.Get("outputs", name).AsObject();

    /// <summary>
    /// Replaces <c>variables('x')</c> in an ARM expression by the variable's literal string value, so that
    /// assertions read the value a deployment would use rather than the Bicep variable's name.
    /// </summary>
    public string InlineVariables(string expression) => InlineVariables(expression, Template);

    /// <summary>The same, with the variables of <paramref name="template"/> (a module's).</summary>
    public static string InlineVariables(string expression, JsonObject template) =>
        VariableReference().Replace(expression, match =>
            template["variables"]?[match.Groups["name"].Value] is JsonValue value
            && value.TryGetValue<string>(out var literal)
            && !literal.StartsWith('[')
                ? $"'{literal}'"
                : match.Value);

    private static IEnumerable<(JsonObject Resource, JsonObject Template)> Walk(JsonObject template)
    {
        foreach (var resource in template.Get("resources").AsArray().Select(resource => resource!.AsObject()))
        {
            yield return (resource, template);
            if (resource.Text("type") == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is JsonObject module)
            {
                foreach (var inner in Walk(module))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>The directory holding Cooperation.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

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
