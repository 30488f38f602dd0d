namespace Cooperation.GraphQL.Tests.Http;

[Collection(ApiCollection.Name)]
public sealed class LimitTests(ApiFixture api)
{
    /// <summary>A query nested deeper than the limit is refused at validation: an error, not a hang.</summary>
    [Fact]
    public async Task Query_TooDeep_RefusedBeforeExecution()
    {
        const string deep = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } }";

        var (status, body) = await api.Http.PostGraphQLAsync(deep);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(body.ContainsKey("data"));
        Assert.Contains("depth", body.ErrorMessage(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Hundreds of aliased directory pages exceed the complexity limit and are refused.</summary>
    [Fact]
    public async Task Query_TooComplex_RefusedBeforeExecution()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 200).Select(i => $"a{i}: partnerships(first: 100) {{ nodes {{ milestones {{ title }} history {{ action }} }} }}"));

        var (status, body) = await api.Http.PostGraphQLAsync($"{{ {aliases} }}", null, await api.TokenAsync(People.Administrator));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("complexity", body.ErrorMessage(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A page larger than allowed is a VALIDATION error, not a slow answer.</summary>
    [Fact]
    public async Task Partnerships_FirstTooLarge_Validation()
    {
        var (_, body) = await api.Http.GetGraphQLAsync("{ partnerships(first: 100000) { totalCount } }");

        Assert.NotNull(body.ErrorCode());
    }
}
