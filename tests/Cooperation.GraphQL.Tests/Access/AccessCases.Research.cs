using static Cooperation.GraphQL.Tests.Access.AccessCase;

namespace Cooperation.GraphQL.Tests.Access;

// The research rows of the access matrix: whoever reads the partnership searches its corpus (each passage then shown
// only to those who may read it, which the research tests check).
public static partial class AccessCases
{
    private static IReadOnlyList<AccessCase> Research =>
    [
        new("Query.search", (_, _) => Doc($"{{ search(partnership: \"{Own}\", text: \"ecole\") {{ totalCount nodes {{ snippet }} }} }}"), AllowedFor(OwnMembers)),
    ];
}
