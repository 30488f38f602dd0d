using System.Net;
using System.Net.Sockets;
using Cooperation.Deployment.Tests.Images;

namespace Cooperation.Deployment.Tests;

/// <summary>
/// The silo's and the API's container images, as scripts/images.sh assembles them here from the Dockerfiles' recipe:
/// what a container runtime reads from their config, and their own file system starting the app as its user.
/// </summary>
public sealed class ContainerImageTests(ContainerImages images) : IClassFixture<ContainerImages>
{
    private const string AppUser = "1654:1654";

    // What Azure Container Apps pulls for each replica it starts; a dependency that would double it should be a choice.
    private const long SizeBudget = 128L * 1024 * 1024;

    // A first start on a busy 2-core machine: a guard against a process that never answers, not a budget.
    private static readonly TimeSpan StartHangGuard = TimeSpan.FromMinutes(3);

    public static TheoryData<string> Images => new(ContainerImages.Dockerfiles.Keys);

    [Theory]
    [MemberData(nameof(Images))]
    public void The_image_is_what_its_Dockerfile_describes(string name)
    {
        var described = DockerfileStage.LastOf(Path.Combine(CommandLine.RepositoryRoot, ContainerImages.Dockerfiles[name]));
        var config = images[name].Config;

        Assert.Equal(described.Entrypoint, config.Entrypoint);
        Assert.Equal(described.User, config.User);
        Assert.Equal(described.WorkingDir, config.WorkingDir);
        Assert.Equal(described.ExposedPorts.Order(), config.ExposedPorts.Order());
        Assert.Equal(described.Environment.OrderBy(pair => pair.Key), config.Environment.OrderBy(pair => pair.Key));
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void The_app_runs_from_its_folder_as_a_user_without_privileges(string name)
    {
        var config = images[name].Config;

        Assert.Equal(AppUser, config.User);
        Assert.Equal("/app", config.WorkingDir);
        Assert.StartsWith("/app/", Assert.Single(config.Entrypoint));
    }

    [Fact]
    public void The_silo_image_opens_the_ports_it_is_configured_to_listen_on()
    {
        var config = images["silo"].Config;

        Assert.Equal(["/app/Cooperation.Silo"], config.Entrypoint);
        string[] listened = ["Cooperation__Silo__SiloPort", "Cooperation__Silo__GatewayPort", "Cooperation__Health__Port"];
        Assert.Equal(listened.Select(key => $"{config.Environment[key]}/tcp").Order(), config.ExposedPorts.Order());
        Assert.Equal(["11111/tcp", "30000/tcp", "8080/tcp"], config.ExposedPorts.Order());
    }

    [Fact]
    public void The_API_image_opens_its_HTTP_port_and_serves_the_web_client_it_carries()
    {
        var config = images["api"].Config;

        Assert.Equal(["/app/Cooperation.GraphQL"], config.Entrypoint);
        Assert.Equal([$"{config.Environment["ASPNETCORE_HTTP_PORTS"]}/tcp"], config.ExposedPorts);
        Assert.Equal("/app/web-client", config.Environment["Cooperation__WebClient__Root"]);
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void Every_setting_of_the_image_is_one_the_code_reads(string name)
    {
        var settings = images[name].Config.Environment.Keys.Where(key => key.StartsWith("Cooperation__", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(settings);
        Assert.All(settings, setting => Assert.True(CodeConfiguration.Reads(CodeConfiguration.KeyOf(setting)),
            $"{setting}: no code of silo/ or graphql-api/ reads {CodeConfiguration.KeyOf(setting)}."));
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void The_image_is_small(string name)
    {
        var image = images[name];
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Image {name}: {image.CompressedSize:N0} compressed bytes ({string.Join(" + ", image.LayerSizes.Select(size => size.ToString("N0")))}).");

        Assert.InRange(image.CompressedSize, 1, SizeBudget);
    }

    [Fact]
    public async Task The_silo_image_starts_a_silo_from_its_own_files()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var unpacked = await UnpackedImage.UnpackAsync(images["silo"], cancellation);
        var root = unpacked.RootFileSystem;
        // The user the config names, the certificates TLS to Azure checks against, the time zones; and no shell.
        Assert.Contains("app:x:1654:1654:", File.ReadAllText(Path.Combine(root, "etc/passwd")));
        Assert.True(new FileInfo(Path.Combine(root, "etc/ssl/certs/ca-certificates.crt")).Length > 0);
        Assert.True(File.Exists(Path.Combine(root, "usr/share/zoneinfo/Europe/Paris")));
        Assert.False(File.Exists(Path.Combine(root, "usr/bin/sh")));
        var health = FreePort();
        using var silo = unpacked.Start(new Dictionary<string, string>
        {
            // Ports of this run rather than the image's, on this machine's network; the data in the image's /tmp.
            ["Cooperation__Silo__SiloPort"] = FreePort().ToString(),
            ["Cooperation__Silo__GatewayPort"] = FreePort().ToString(),
            ["Cooperation__Health__Port"] = health.ToString(),
            ["Cooperation__Storage__Directory"] = "/tmp/store",
        });

        var ready = await AnswerAsync(silo, $"http://127.0.0.1:{health}/health/ready", cancellation);

        Assert.Contains("silo active", ready);
        Assert.Contains("data folder writable", ready);
        Assert.Equal(1654, UserIdOf(silo));
        Assert.True(silo.Output.Contains("Content root path: /app"), silo.Output.ToString());
    }

    [Fact]
    public async Task The_API_image_starts_the_API_and_serves_the_web_client_from_its_own_files()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var unpacked = await UnpackedImage.UnpackAsync(images["api"], cancellation);
        var http = FreePort();
        using var api = unpacked.Start(new Dictionary<string, string>
        {
            ["ASPNETCORE_HTTP_PORTS"] = http.ToString(),
            ["Cooperation__Silo__SiloPort"] = FreePort().ToString(),
            ["Cooperation__Silo__GatewayPort"] = FreePort().ToString(),
            ["Cooperation__Storage__Directory"] = "/tmp/store",
            ["Cooperation__Auth__SigningKeyFile"] = "/tmp/signing.key",
        });

        await AnswerAsync(api, $"http://127.0.0.1:{http}/health/live", cancellation);
        using var client = new HttpClient();
        var page = await client.GetStringAsync($"http://127.0.0.1:{http}/", cancellation);

        Assert.Contains("<title>Coopération", page);
        Assert.Equal(1654, UserIdOf(api));
        Assert.True(api.Output.Contains("persisted documents loaded from /app/web-client/persisted-documents.json"), api.Output.ToString());
    }

    /// <summary>The body of the first 200 answer at <paramref name="url"/>; fails with the process's output if it ends first.</summary>
    private static async Task<string> AnswerAsync(ImageProcess process, string url, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        guard.CancelAfter(StartHangGuard);
        while (!guard.IsCancellationRequested)
        {
            Assert.False(process.HasExited, $"The image's process ended before answering {url}:{Environment.NewLine}{process.Output}");
            try
            {
                using var response = await client.GetAsync(url, guard.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                    return await response.Content.ReadAsStringAsync(guard.Token);
            }
            catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Not listening yet, or busy starting.
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
        Assert.Fail($"No answer at {url} within {StartHangGuard}:{Environment.NewLine}{process.Output}");
        return "";
    }

    /// <summary>The real user id the image's process runs as, from /proc (unshare and sh exec it under their process id).</summary>
    private static int UserIdOf(ImageProcess process) =>
        int.Parse(File.ReadLines($"/proc/{process.Id}/status").Single(line => line.StartsWith("Uid:", StringComparison.Ordinal)).Split('\t')[1]);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
