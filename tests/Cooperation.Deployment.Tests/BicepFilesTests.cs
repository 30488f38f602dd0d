using System.Text.Json.Nodes;

namespace Cooperation.Deployment.Tests;

/// <summary>
/// The Bicep files themselves: every module and parameters file passes the linter, and each environment's
/// parameters file builds against <c>azure.bicep</c>.
/// </summary>
public sealed class BicepFilesTests
{
    /// <summary>The entry point and every file under infra/ (modules and parameters files) pass the default linter rules.</summary>
    [Theory]
    [InlineData("azure.bicep")]
    [InlineData("infra/*")]
    public async Task Lint_Files_ReportNothing(string files)
    {
        Assert.True(files == CompiledTemplate.BicepFile || Directory.GetFiles(Path.Combine(CompiledTemplate.RepositoryRoot, "infra"), "*.bicep*").Length >= 8);
        var arguments = files.Contains('*') ? new[] { "lint", "--pattern", Path.Combine(CompiledTemplate.RepositoryRoot, files) } : ["lint", files];

        var lint = await BicepCli.RunAsync(CompiledTemplate.RepositoryRoot, arguments, TestContext.Current.CancellationToken);

        Assert.True(lint.ExitCode == 0, $"bicep lint exited with {lint.ExitCode}:{Environment.NewLine}{lint.StandardError}");
        Assert.True(string.IsNullOrWhiteSpace(lint.StandardError + lint.StandardOutput), $"bicep lint reported:{Environment.NewLine}{lint.StandardError}{lint.StandardOutput}");
    }

    /// <summary>Each environment's parameters file names parameters of the template with values it accepts.</summary>
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task ParametersFile_OfEachEnvironment_BuildsAgainstTheTemplate(string environment)
    {
        var parameters = await BuildParametersAsync(environment);

        Assert.Equal(environment, parameters.Text("environmentName", "value"));
        // The image tag comes from the shell at deployment: empty here, so the apps wait for the second pass.
        Assert.Equal("", parameters.Text("imageTag", "value"));
    }

    /// <summary>Production keeps its secrets recoverable, creates nobody with a known password, and runs more than one silo.</summary>
    [Fact]
    public async Task ParametersFile_Production_HasPurgeProtectionNoDemoPeopleAndTwoSilos()
    {
        var parameters = await BuildParametersAsync("prod");

        Assert.True(parameters.Flag("keyVaultPurgeProtection", "value"));
        Assert.False(parameters.Flag("seedDemoPeople", "value"));
        Assert.True(parameters.Get("siloCount", "value").GetValue<int>() >= 2);
        Assert.True(parameters.Get("apiMinReplicas", "value").GetValue<int>() >= 2);
    }

    private static async Task<JsonObject> BuildParametersAsync(string environment)
    {
        var build = await BicepCli.RunAsync(
            CompiledTemplate.RepositoryRoot, ["build-params", $"infra/{environment}.bicepparam", "--stdout"], TestContext.Current.CancellationToken);

        Assert.True(build.ExitCode == 0 && string.IsNullOrWhiteSpace(build.StandardError), $"bicep build-params printed:{Environment.NewLine}{build.StandardError}");
        var parametersJson = JsonNode.Parse(build.StandardOutput)!.Text("parametersJson");
        return JsonNode.Parse(parametersJson)!.Get("parameters").AsObject();
    }
}
