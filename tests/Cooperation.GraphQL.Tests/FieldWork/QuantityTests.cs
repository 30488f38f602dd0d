using Cooperation.GraphQL.Schema.Words;

namespace Cooperation.GraphQL.Tests.FieldWork;

/// <summary>Counts read as people say them, French first, with the agreement French grammar wants.</summary>
public sealed class QuantityTests
{
    private static readonly Noun Computer = new("ordinateur", "ordinateurs", false, "computer");
    private static readonly Noun Printer = new("imprimante", "imprimantes", true, "printer");
    private static readonly Adjective Missing = new("manquant", "missing");

    [Theory]
    [InlineData(2, "2 ordinateurs manquants / 2 missing computers")]
    [InlineData(1, "1 ordinateur manquant / 1 missing computer")]
    [InlineData(0, "0 ordinateur manquant / 0 missing computers")]
    public void Of_Computers_PluralFromTwoInFrenchFromZeroInEnglish(int count, string expected) =>
        Assert.Equal(expected, Quantity.Of(count, Computer, Missing));

    /// <summary>A feminine noun makes its adjective feminine.</summary>
    [Fact]
    public void Of_FeminineNoun_AdjectiveAgrees() =>
        Assert.Equal("3 imprimantes manquantes / 3 missing printers", Quantity.Of(3, Printer, Missing));
}
