namespace Cooperation.LinkEmulator;

/// <summary>
/// A seeded <see cref="Random"/> per decision point. One shared generator would hand its numbers out in the
/// order threads happen to ask; keying each generator by the decision's place keeps two runs identical.
/// </summary>
internal static class KeyedRandom
{
    public const long DropStream = 1;
    public const long LossStream = 2;
    public const long OpaqueDropStream = 3;

    public static Random Create(int seed, long stream, long a, long b = 0, long c = 0)
    {
        var mixed = Mix((ulong)seed);
        foreach (var key in (ReadOnlySpan<long>)[stream, a, b, c])
            mixed = Mix(mixed ^ (ulong)key);
        return new Random((int)(mixed & int.MaxValue));
    }

    // SplitMix64's finaliser: neighbouring keys give unrelated seeds.
    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
