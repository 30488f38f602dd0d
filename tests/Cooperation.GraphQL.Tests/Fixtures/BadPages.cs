using Cooperation.GraphQL.Schema.Relay;

namespace Cooperation.GraphQL.Tests.Fixtures;

/// <summary>The pages every list read a page at a time refuses: none, more than 100, a cursor this server did not give or past the list.</summary>
public static class BadPages
{
    public static TheoryData<int, string?> Cases => new()
    {
        { 0, null },
        { 101, null },
        { 10, "pas-un-curseur" },
        { 10, GlobalId.Encode("Position", "99") },
    };

    /// <summary>VALIDATION, in French and English.</summary>
    public static void AssertRefused(JsonObject body)
    {
        Assert.Equal("VALIDATION", body.ErrorCode());
        Assert.Contains(" / ", body.ErrorMessage());
    }
}
