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
        var (query, variables) = await row.Request(matrix, role);
        var token = row.Field is "Mutation.signOut" ? (await matrix.FreshSessionAsync(role)).Access : await matrix.TokenAsync(role);

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
        }
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
