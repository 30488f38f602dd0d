using Cooperation.Testing;
using static Cooperation.Benchmarks.Budget;

namespace Cooperation.Benchmarks;

/// <summary>B11: the crash test's drill (tests/Shared/CrashDrill.cs), its counts printed against the budget.</summary>
public static class CrashBudget
{
    public static async Task RunAsync()
    {
        Console.WriteLine($"B11 — the embedded default (local-disk store) under SIGKILL of every process: {CrashDrill.Clients} phones planning milestones, killed after {CrashDrill.KillAfter} acknowledgements");
        var data = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"cooperation-bench-crash-{Guid.NewGuid():N}")).FullName;
        try
        {
            var counts = await CrashDrill.RunAsync(data, CancellationToken.None);
            Console.WriteLine($"  {counts}");
            Console.WriteLine($"  {Check(counts.Missing == 0 && counts.PhotoIntact, "0 acknowledged writes lost")}; {Check(counts.Duplicates == 0 && counts.ReplayRefused == 0, "0 duplicates after the replay")}");
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
