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

    /// <summary>Ten aliased directory pages, within the document limits, exceed the complexity limit and are refused.</summary>
    [Fact]
    public async Task Query_TooComplex_RefusedBeforeExecution()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 10).Select(i => $"a{i}: partnerships(first: 100) {{ nodes {{ milestones {{ title }} history {{ nodes {{ action }} }} }} }}"));

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

    /// <summary>
    /// One field 4,000 times (44 KB, under the body limit), which took 3–4.5 s to validate: refused on the parsed document
    /// with 400 and <c>DOCUMENT_TOO_LARGE</c>, in French and English, nothing executed.
    /// </summary>
    [Fact]
    public async Task Document_4000Fields_RefusedBeforeValidation()
    {
        var (status, body) = await api.Http.PostGraphQLAsync(HeavyDocuments.RepeatedField(4_000), null, await api.TokenAsync(People.Administrator));

        Assert.Equal((HttpStatusCode.BadRequest, "DOCUMENT_TOO_LARGE"), (status, body.ErrorCode()));
        Assert.False(body.ContainsKey("data"));
        Assert.Contains("plus de 500 sélections", body.ErrorMessage());
        Assert.Contains("more than 500 selections", body.ErrorMessage());
    }

    /// <summary>At the limit a document is validated and executed as any other.</summary>
    [Fact]
    public async Task Document_AtTheSelectionLimit_Executed()
    {
        var (status, body) = await api.Http.PostGraphQLAsync(HeavyDocuments.RepeatedField(500), null, await api.TokenAsync(People.Administrator));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Query", body["data"]!["__typename"]!.GetValue<string>());
    }

    /// <summary>101 aliases of one field, few selections all the same: refused for its aliases.</summary>
    [Fact]
    public async Task Document_TooManyAliases_Refused()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 101).Select(i => $"a{i}: __typename"));

        var (status, body) = await api.Http.PostGraphQLAsync($"{{ {aliases} }}", null, await api.TokenAsync(People.Administrator));

        Assert.Equal((HttpStatusCode.BadRequest, "DOCUMENT_TOO_LARGE"), (status, body.ErrorCode()));
        Assert.Contains("plus de 100 alias", body.ErrorMessage());
    }

    /// <summary>
    /// Twelve fragments, each spreading the one before twice: 250 bytes that validation walks as 4,096 fields. Counted as
    /// spread, refused; sent by GET without signing in, refused the same way.
    /// </summary>
    [Fact]
    public async Task Document_FragmentsSpreadTwiceInTurn_Refused()
    {
        var fragments = string.Join(' ', Enumerable.Range(1, 12).Select(i => $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}"));
        var document = $"{{ ...F12 }} fragment F0 on Query {{ __typename }} {fragments}";

        var (status, body) = await api.Http.PostGraphQLAsync(document, null, await api.TokenAsync(People.Administrator));
        var (getStatus, getBody) = await api.Http.GetGraphQLAsync(document);

        Assert.Equal((HttpStatusCode.BadRequest, "DOCUMENT_TOO_LARGE"), (status, body.ErrorCode()));
        Assert.Equal((HttpStatusCode.BadRequest, "DOCUMENT_TOO_LARGE"), (getStatus, getBody.ErrorCode()));
    }
}

/// <summary>Documents the limit tests and the flood send.</summary>
internal static class HeavyDocuments
{
    /// <summary><c>{ __typename __typename … }</c>: one field <paramref name="count"/> times, the worst case of the overlapping-fields rule.</summary>
    public static string RepeatedField(int count) => "{ " + string.Join(' ', Enumerable.Repeat("__typename", count)) + " }";
}
