using System.Diagnostics;
using System.Reflection;

namespace Cooperation.Deployment.Tests;

/// <summary>What one run of the Bicep CLI produced.</summary>
public sealed record BicepResult(int ExitCode, string StandardOutput, string StandardError);

/// <summary>
/// The Bicep CLI restored from the NuGet package Azure.Bicep.CommandLine.linux-x64; the project file bakes
/// its path into this assembly as <c>[AssemblyMetadata("BicepPath", ...)]</c>.
/// </summary>
public static class BicepCli
{
    // A cold start of the single-file CLI takes a few seconds on the 2-core CI machine; this is a guard
    // against a hung process, not a performance budget.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    public static string ExecutablePath { get; } = typeof(BicepCli).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .SingleOrDefault(attribute => attribute.Key == "BicepPath")?.Value
        ?? throw new InvalidOperationException("The test assembly carries no BicepPath metadata; see Cooperation.Deployment.Tests.csproj.");

    /// <summary>Runs <c>bicep</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public static async Task<BicepResult> RunAsync(string workingDirectory, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        EnsureExecutable(ExecutablePath);

        var startInfo = new ProcessStartInfo(ExecutablePath)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {ExecutablePath}.");

        using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        guard.CancelAfter(HangGuard);

        // Both streams are drained concurrently so that neither pipe can fill up and block the CLI.
        var standardOutput = process.StandardOutput.ReadToEndAsync(guard.Token);
        var standardError = process.StandardError.ReadToEndAsync(guard.Token);
        try
        {
            await process.WaitForExitAsync(guard.Token);
            return new BicepResult(process.ExitCode, await standardOutput, await standardError);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(
                $"`bicep {string.Join(' ', arguments)}` in {workingDirectory} did not exit within {HangGuard.TotalMinutes} minutes.");
        }
    }

    /// <summary>
    /// A package is a zip and NuGet does not promise to keep an execute bit when it extracts one; if
    /// tools/bicep came out with none, execute is added wherever read is allowed (as `chmod +x` would).
    /// </summary>
    private static void EnsureExecutable(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The Bicep CLI is not at {path}; run `dotnet restore` to download Azure.Bicep.CommandLine.linux-x64.", path);
        }

        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The Bicep package referenced by this project is the linux-x64 build.");
        }

        var mode = File.GetUnixFileMode(path);
        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if ((mode & anyExecute) != 0)
        {
            return;
        }

        var executable = mode | UnixFileMode.UserExecute;
        if (mode.HasFlag(UnixFileMode.GroupRead))
        {
            executable |= UnixFileMode.GroupExecute;
        }
        if (mode.HasFlag(UnixFileMode.OtherRead))
        {
            executable |= UnixFileMode.OtherExecute;
        }
        File.SetUnixFileMode(path, executable);
    }
}
