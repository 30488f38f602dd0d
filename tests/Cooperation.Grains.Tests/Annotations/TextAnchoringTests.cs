using Cooperation.Grains.Annotations;

namespace Cooperation.Grains.Tests.Annotations;

public sealed class TextAnchoringTests
{
    private static readonly Dictionary<string, string> Sections = new()
    {
        ["results"] = "Deux écoles équipées. Les animateurs demandent des contenus. Deux écoles équipées à Thiès.",
    };

    /// <summary>A selector that points at its quote comes back with its context taken from the text.</summary>
    [Fact]
    public void Anchor_ExactQuote_CompletedWithContext()
    {
        var selector = TextAnchoring.Anchor(Sections, new TextSelector("results", "Les animateurs", "", "", 22, 36), out var problem);

        Assert.Null(problem);
        Assert.Equal(("Deux écoles équipées. ", " demandent des contenus. Deux éc"), (selector!.Prefix, selector.Suffix));
    }

    /// <summary>An unknown section, a quote that is not at its offsets, or offsets that would overflow are refused with a reason, never an exception.</summary>
    [Theory]
    [InlineData("findings", "Les animateurs", 22, 36, "Section inconnue")]
    [InlineData("results", "Les animateurs", 23, 37, "ne se trouve pas à cette position")]
    [InlineData("results", "Les enseignants", 22, 37, "ne se trouve pas à cette position")]
    [InlineData("results", "", 0, 0, "de 1 à")]
    [InlineData("results", "Les animateurs", int.MaxValue - 5, int.MinValue + 8, "ne se trouve pas à cette position")]
    [InlineData("results", "Les animateurs", -3, 11, "ne se trouve pas à cette position")]
    public void Anchor_WrongSelector_RefusedWithReason(string section, string exact, int start, int end, string reason)
    {
        var selector = TextAnchoring.Anchor(Sections, new TextSelector(section, exact, "", "", start, end), out var problem);

        Assert.Null(selector);
        Assert.Contains(reason, problem);
    }

    /// <summary>A repeated phrase is found again at the occurrence whose context matches, not at the first one.</summary>
    [Fact]
    public void Relocate_RepeatedPhrase_OccurrenceWithSameContext()
    {
        var original = TextAnchoring.Anchor(Sections, new TextSelector("results", "Deux écoles équipées", "", "", 61, 81), out _)!;
        var edited = new Dictionary<string, string> { ["results"] = "Bilan. " + Sections["results"] };

        var relocated = TextAnchoring.Relocate(edited, original);

        Assert.Equal((68, 88), (relocated!.Start, relocated.End));
        Assert.EndsWith(" des contenus. ", relocated.Prefix, StringComparison.Ordinal);
    }

    /// <summary>A passage that no longer exists is not relocated anywhere.</summary>
    [Fact]
    public void Relocate_QuoteGone_Null()
    {
        var original = TextAnchoring.Anchor(Sections, new TextSelector("results", "Les animateurs", "", "", 22, 36), out _)!;

        Assert.Null(TextAnchoring.Relocate(new Dictionary<string, string> { ["results"] = "Deux écoles équipées." }, original));
    }
}
