using System.Globalization;

namespace Cooperation.Benchmarks;

/// <summary>Prints one figure against its budget: "budget ≤ X: met" or "NOT met".</summary>
public static class Budget
{
    public static string Check(bool met, string budget) => $"budget {budget}: {(met ? "met" : "NOT met")}";

    public static string Bytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} B");

    public static string Seconds(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.00} s");
}
