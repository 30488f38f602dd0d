namespace Cooperation.Deployment.Tests.Images;

/// <summary>
/// Both images, built once for the tests that share this fixture by <c>scripts/images.sh</c>, as a person builds
/// them: a self-contained publish laid on Debian's libraries and written as OCI image layouts, without Docker or a
/// registry.
/// </summary>
public sealed class ContainerImages : IAsyncLifetime
{
    // A publish of both apps from nothing, the web client's build and two compressions on a busy 2-core machine: a
    // guard against a hung build, not a budget.
    private static readonly TimeSpan BuildHangGuard = TimeSpan.FromMinutes(15);

    private readonly Dictionary<string, OciImage> _images = [];

    /// <summary>The Dockerfile of each image, by the name scripts/images.sh gives it.</summary>
    public static readonly IReadOnlyDictionary<string, string> Dockerfiles = new Dictionary<string, string>
    {
        ["silo"] = "silo/Dockerfile",
        ["api"] = "graphql-api/Dockerfile",
    };

    /// <summary>What scripts/images.sh printed, its sizes among it.</summary>
    public string BuildOutput { get; private set; } = "";

    public OciImage this[string name] => _images[name];

    public async ValueTask InitializeAsync()
    {
        var build = await CommandLine.RunAsync("bash", ["scripts/images.sh", .. Dockerfiles.Keys], BuildHangGuard, TestContext.Current.CancellationToken);
        BuildOutput = build.Output;
        Assert.True(build.ExitCode == 0, $"scripts/images.sh failed:{Environment.NewLine}{build.Output}");
        foreach (var name in Dockerfiles.Keys)
            _images[name] = OciImage.Read(Path.Combine(CommandLine.RepositoryRoot, "artifacts", "images", name));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
