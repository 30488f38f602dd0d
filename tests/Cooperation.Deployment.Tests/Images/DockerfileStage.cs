using System.Text.Json;

namespace Cooperation.Deployment.Tests.Images;

/// <summary>
/// The image config that a Dockerfile's last stage describes: its USER, WORKDIR, ENV, EXPOSE and ENTRYPOINT (exec
/// form), read on their own so that a test can hold the image scripts/images.sh assembles to what Azure builds.
/// </summary>
public static class DockerfileStage
{
    public static ImageConfig LastOf(string dockerfile)
    {
        var lines = File.ReadAllLines(dockerfile).Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();
        var lastStage = lines.Skip(lines.FindLastIndex(line => line.StartsWith("FROM ", StringComparison.Ordinal)) + 1)
            .Select(line => line.Split(' ', 2, StringSplitOptions.TrimEntries))
            .Where(parts => parts.Length == 2)
            .ToLookup(parts => parts[0], parts => parts[1]);
        return new ImageConfig(
            JsonSerializer.Deserialize<List<string>>(lastStage["ENTRYPOINT"].Single())!,
            lastStage["USER"].Single(),
            lastStage["WORKDIR"].Single(),
            lastStage["EXPOSE"].SelectMany(ports => ports.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList(),
            lastStage["ENV"].Select(pair => pair.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1]));
    }
}
