using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Cooperation.GraphQL.Documents;
using Cooperation.GraphQL.Hosting;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;

namespace Cooperation.GraphQL.Tests.Documents;

/// <summary>The manifest the web client is built with matches its .graphql files and the schema the server runs.</summary>
public sealed partial class ManifestTests
{
    /// <summary>An operation edited without running <c>npm run persisted-documents</c> fails here, not on a phone.</summary>
    [Fact]
    public async Task Manifest_RegeneratedFromTheOperationFiles_IsIdentical()
    {
        var start = new ProcessStartInfo("node", [Path.Combine(ClientDocuments.WebClient, "scripts", "persisted-documents.mjs"), "--stdout"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = ApiHost.RepositoryRoot(),
        };
        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await node.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(node.ExitCode == 0, await stderr);
        Assert.Equal(await File.ReadAllTextAsync(ClientDocuments.ManifestPath, TestContext.Current.CancellationToken), await stdout);
    }

    /// <summary>Each id is the SHA-256 of its document, and each operation file has exactly one entry, under its own name.</summary>
    [Fact]
    public void Manifest_OneEntryPerOperationFile_IdIsSha256OfDocument()
    {
        var manifest = ClientDocuments.Manifest();
        var files = Directory.GetFiles(Path.Combine(ClientDocuments.WebClient, "operations"), "*.graphql")
            .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(files);
        Assert.Equal(files, manifest.Values.Select(ClientDocuments.OperationName).Order(StringComparer.Ordinal).ToList());
        Assert.All(manifest, entry => Assert.Equal(
            "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(entry.Value))), entry.Key));
    }

    /// <summary>A schema change that breaks an operation of the web client fails the build.</summary>
    [Fact]
    public async Task Manifest_EveryDocument_ValidAgainstTheSchema()
    {
        var services = new ServiceCollection().AddLogging().AddCooperationGraphQL();
        await using var provider = services.BuildServiceProvider();
        var schema = provider.GetRequiredService<ISchema>();
        schema.Initialize();

        var problems = new List<string>();
        foreach (var (id, text) in ClientDocuments.Manifest())
        {
            var document = Parser.Parse(text);
            var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
            {
                Schema = schema,
                Document = document,
                Rules = DocumentValidator.CoreRules,
                Operation = document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().Single(),
                Variables = Inputs.Empty,
                Extensions = Inputs.Empty,
                UserContext = new Dictionary<string, object?>(),
                RequestServices = provider,
                CancellationToken = TestContext.Current.CancellationToken,
            });
            // No variables are given here: only "variable missing" errors are expected, and they are not schema errors.
            problems.AddRange(result.Errors.Where(e => e is not InvalidVariableError)
                .Select(e => $"{ClientDocuments.OperationName(text)} ({id}): {e.Message}"));
        }

        Assert.Empty(problems);
    }

    /// <summary>
    /// Every operation of the web client stays within a quarter of the document limits, so that the limits, which refuse
    /// hostile documents before validation, never refuse the client's own.
    /// </summary>
    [Fact]
    public void Manifest_EveryDocument_WellUnderTheDocumentLimits()
    {
        var sizes = ClientDocuments.Manifest().Values
            .Select(text => (Name: ClientDocuments.OperationName(text), Size: DocumentSize.Of(Parser.Parse(text), long.MaxValue)))
            .OrderByDescending(d => d.Size.Selections).ToList();
        TestContext.Current.SendDiagnosticMessage(string.Join(", ", sizes.Select(d => $"{d.Name} {d.Size.Selections}/{d.Size.Aliases}")));

        Assert.All(sizes, d => Assert.True(d.Size.Selections <= ApiOptions.DefaultMaxSelections / 4, $"{d.Name}: {d.Size.Selections} selections"));
        Assert.All(sizes, d => Assert.True(d.Size.Aliases <= ApiOptions.DefaultMaxAliases / 4, $"{d.Name}: {d.Size.Aliases} aliases"));
    }

    /// <summary>The ids written in the page and in the README's examples are ids the server knows.</summary>
    [Fact]
    public void PageAndReadme_DocumentIds_AreInTheManifest()
    {
        var manifest = ClientDocuments.Manifest();
        var texts = new[] { Path.Combine(ClientDocuments.WebClient, "index.html"), Path.Combine(ApiHost.RepositoryRoot(), "README.md") };

        var ids = texts.SelectMany(f => DocumentIdPattern().Matches(File.ReadAllText(f)).Select(m => "sha256:" + m.Groups[1].Value)).ToList();

        Assert.True(ids.Count >= 3, $"{ids.Count} ids found");
        Assert.All(ids, id => Assert.True(manifest.ContainsKey(id), $"{id} is not in the manifest"));
    }

    [GeneratedRegex("sha256(?::|%3A)([0-9a-f]{64})")]
    private static partial Regex DocumentIdPattern();
}
