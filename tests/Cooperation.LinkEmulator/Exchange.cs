namespace Cooperation.LinkEmulator;

/// <summary>One HTTP request and its answer, as the two directions of a connection share them.</summary>
internal sealed class Exchange(long number)
{
    public long Number { get; } = number;
    public string? Method { get; set; }
    public DropPoint? Drop { get; set; }
    public DropCause DropCause { get; set; }
}
