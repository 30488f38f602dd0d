using System.Globalization;

namespace Cooperation.Benchmarks;

/// <summary>Times in milliseconds, summed up as percentiles (nearest rank).</summary>
public sealed class Latencies
{
    private readonly List<double> _sorted;

    public Latencies(IEnumerable<double> milliseconds) => _sorted = [.. milliseconds.Order()];

    public int Count => _sorted.Count;

    /// <summary>The time at quantile <paramref name="q"/> (0.5, 0.99); 0 when nothing was timed.</summary>
    public double At(double q) => _sorted.Count == 0 ? 0 : _sorted[Math.Clamp((int)Math.Ceiling(q * _sorted.Count) - 1, 0, _sorted.Count - 1)];

    public double Max => _sorted.Count == 0 ? 0 : _sorted[^1];

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"p50 {At(0.50):0.0} ms, p99 {At(0.99):0.0} ms, max {Max:0.0} ms");
}
