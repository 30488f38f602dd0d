namespace Cooperation.GraphQL.Tests.Access;

// The reports rows of the access matrix.
public static partial class AccessCases
{
    private static IReadOnlyList<AccessCase> Reports => [];
}
