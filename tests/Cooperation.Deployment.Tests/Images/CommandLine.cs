using System.Diagnostics;

namespace Cooperation.Deployment.Tests.Images;

/// <summary>What one command printed, both streams interleaved as they came, and how it ended.</summary>
public sealed record CommandResult(int ExitCode, string Output);

/// <summary>Runs the repository's scripts and the image tools, from the repository's root.</summary>
public static class CommandLine
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>
    /// Runs <paramref name="file"/> to its end; <paramref name="hangGuard"/> kills a process that hangs, it is not a
    /// performance budget.
    /// </summary>
    public static async Task<CommandResult> RunAsync(string file, IReadOnlyList<string> arguments, TimeSpan hangGuard, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(file) { WorkingDirectory = RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            startInfo.ArgumentList.Add(argument);
        using var process = new Process { StartInfo = startInfo };
        var output = new OutputLines();
        output.Attach(process);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        guard.CancelAfter(hangGuard);
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{file} {string.Join(' ', arguments)}` did not end within {hangGuard}:{Environment.NewLine}{output}");
        }
        process.WaitForExit(); // the last lines of both streams
        return new CommandResult(process.ExitCode, output.ToString());
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Cooperation.sln")))
                return directory.FullName;
        }
        throw new DirectoryNotFoundException($"No Cooperation.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>The lines a process printed on either stream, readable while it runs.</summary>
public sealed class OutputLines
{
    private readonly List<string> _lines = [];

    public void Attach(Process process)
    {
        process.OutputDataReceived += (_, line) => Add(line.Data);
        process.ErrorDataReceived += (_, line) => Add(line.Data);
    }

    public bool Contains(string text)
    {
        lock (_lines)
            return _lines.Any(line => line.Contains(text, StringComparison.Ordinal));
    }

    public override string ToString()
    {
        lock (_lines)
            return string.Join(Environment.NewLine, _lines);
    }

    private void Add(string? line)
    {
        if (line is null)
            return;
        lock (_lines)
            _lines.Add(line);
    }
}
