using System.Text.Json;
using GraphQL.Types;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Tests.Access;

[Collection(ApiCollection.Name)]
public sealed class AccessMatrixTests(ApiFixture api)
{
    public static TheoryData<string, Role> Rows()
    {
        var rows = new TheoryData<string, Role>();
        foreach (var row in AccessCases.All)
            foreach (var role in Enum.GetValues<Role>())
                rows.Add(row.Field, role);
        return rows;
    }

    /// <summary>Each guarded field, asked by each role, on its own partnership or another one: allowed or refused as the rules say.</summary>
    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Field_AskedByRole_MeetsItsRule(string field, Role role)
    {
        var row = AccessCases.All.Single(r => r.Field == field);
        var matrix = new MatrixContext(api);
        await matrix.EnsurePeopleAsync();
        var (query, variables) = await row.Request(matrix, role);
        var token = row.Field is "Mutation.signOut" ? (await matrix.FreshSessionAsync(role)).Access : await matrix.TokenAsync(role);
        var input = JsonSerializer.SerializeToNode(variables)?["i"] ?? new JsonObject();
        var before = row.ReadBack is { } readBack ? await ReadBackAsync(matrix, readBack, input) : null;

        var (status, body) = await api.Http.PostGraphQLAsync(query, variables, token);

        // Without data left (refused before execution, or a refused mutation), the status says 401 or 403;
        // with data (a query whose other fields still answer) the spec keeps 200.
        var code = body.ErrorCode();
        switch (row.Expected[role])
        {
            case Outcome.Allowed:
                Assert.True(body["errors"] is null, $"{field} as {role}: expected allowed, got {status} {body.ToJsonString()}");
                break;
            case Outcome.Unauthenticated:
                Assert.True(code == "UNAUTHENTICATED", $"{field} as {role}: expected UNAUTHENTICATED, got {status} {body.ToJsonString()}");
                if (body["data"] is null)
                    Assert.Equal(HttpStatusCode.Unauthorized, status);
                break;
            case Outcome.Forbidden:
                Assert.True(code == "FORBIDDEN", $"{field} as {role}: expected FORBIDDEN, got {status} {body.ToJsonString()}");
                if (body["data"] is null)
                    Assert.Equal(HttpStatusCode.Forbidden, status);
                break;
            case Outcome.Conflict:
                Assert.True(code == "CONFLICT", $"{field} as {role}: expected CONFLICT, got {status} {body.ToJsonString()}");
                break;
        }

        // A refusal changed nothing: what the mutation would have changed reads as before.
        if (row.ReadBack is { } readAgain && row.Expected[role] != Outcome.Allowed)
            Assert.Equal(before, await ReadBackAsync(matrix, readAgain, input));
    }

    /// <summary>
    /// The read-back query's answer as its reader sees it: data, or NOT_FOUND for what a refused creation must not have
    /// made; a reader refused would compare nothing.
    /// </summary>
    private async Task<string> ReadBackAsync(MatrixContext matrix, ReadBack readBack, JsonNode input)
    {
        var (_, body) = await api.Http.PostGraphQLAsync(readBack.Query(input), null, await matrix.TokenAsync(readBack.As));
        Assert.True(body.ErrorCode() is null or "NOT_FOUND", $"read back failed: {body.ToJsonString()}");
        return body.ToJsonString();
    }

    public static TheoryData<string, Role> ReadRows()
    {
        var rows = new TheoryData<string, Role>();
        foreach (var row in AccessCases.Reads)
            foreach (var role in Enum.GetValues<Role>())
                rows.Add(row.Field, role);
        return rows;
    }

    /// <summary>
    /// Each field guarded by its parent, read by each role: reaching it is its parent's rule, what the role then reads
    /// of it (reviews, score, history, annotations by visibility, action ids) is the grain's or the resolver's.
    /// </summary>
    [Theory]
    [MemberData(nameof(ReadRows))]
    public async Task ParentGuardedField_ReadByRole_ShowsWhatTheRoleMaySee(string field, Role role)
    {
        var row = AccessCases.Reads.Single(r => r.Field == field);
        var matrix = new MatrixContext(api);
        await matrix.EnsurePeopleAsync();
        var (query, variables) = await row.Request(matrix);

        var (status, body) = await api.Http.PostGraphQLAsync(query, variables, await matrix.TokenAsync(role));

        var expected = row.Expected[role];
        if (expected is ReadCase.Forbidden or ReadCase.Unauthenticated)
            Assert.True(body.ErrorCode() == expected, $"{field} as {role}: expected {expected}, got {status} {body.ToJsonString()}");
        else
        {
            Assert.True(body["errors"] is null, $"{field} as {role}: expected to read, got {status} {body.ToJsonString()}");
            Assert.Equal(expected, row.Read(body["data"]!));
        }
    }

    /// <summary>Each read row names a field of a type guarded by its parent.</summary>
    [Fact]
    public void ReadRows_EachNamesAParentGuardedField()
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        var guarded = Fields(schema).Where(f => f.Type.IsGuardedByParent()).Select(f => f.Name).ToHashSet();

        var strays = AccessCases.Reads.Select(r => r.Field.Split('(')[0]).Where(name => !guarded.Contains(name)).ToList();

        Assert.Empty(strays);
    }

    /// <summary>Every row of a mutation that changes shared state says what a refusal must leave as it was.</summary>
    [Fact]
    public void Matrix_EveryMutationRow_ReadsBackAfterARefusal()
    {
        // The session rows, and one's own password, which no one else's refusal could touch.
        string[] sessions = ["Mutation.signIn", "Mutation.acceptInvitation", "Mutation.refreshSession", "Mutation.signOut", "Mutation.changePassword"];

        var missing = AccessCases.All.Where(r => r.Field.StartsWith("Mutation.", StringComparison.Ordinal) && r.ReadBack is null)
            .Select(r => r.Field).Where(f => !sessions.Contains(f)).ToList();

        Assert.Empty(missing);
    }

    /// <summary>Every field of the schema declares an access rule or is guarded by the field that leads to it.</summary>
    [Fact]
    public void Schema_EveryField_HasAnAccessRule()
    {
        var schema = api.Services.GetRequiredService<ISchema>();

        var missing = Fields(schema).Where(f => f.Field.AccessOf() is null && !f.Type.IsGuardedByParent()).Select(f => f.Name).ToList();

        Assert.Empty(missing);
    }

    /// <summary>Every root field, and every object field guarded by more than "public", has a row in the matrix.</summary>
    [Fact]
    public void Schema_EveryGuardedField_HasAMatrixRow()
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        var guarded = Fields(schema)
            .Where(f => f.Type.Name is "Query" or "Mutation" || f.Field.AccessOf() is { } rule && rule != AccessRule.Public)
            .Select(f => f.Name);
        var covered = AccessCases.All.Select(r => r.Field.Split('(')[0]).ToHashSet();

        var uncovered = guarded.Where(name => !covered.Contains(name)).ToList();

        Assert.Empty(uncovered);
    }

    private static IEnumerable<(IComplexGraphType Type, FieldType Field, string Name)> Fields(ISchema schema) =>
        schema.AllTypes.OfType<IComplexGraphType>()
            .Where(t => t is IObjectGraphType && !t.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(t => t.Fields.Select(f => (t, f, $"{t.Name}.{f.Name}")));
}
