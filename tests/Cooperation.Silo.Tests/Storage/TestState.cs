namespace Cooperation.Silo.Tests.Storage;

/// <summary>A grain state with a text, a number and a list, written through the provider in the tests.</summary>
public sealed class TestState
{
    /// <summary>A text value (accents included in some tests).</summary>
    public string? Name { get; set; }

    /// <summary>A number value.</summary>
    public int Count { get; set; }

    /// <summary>A collection value.</summary>
    public List<string> Tags { get; set; } = [];
}
