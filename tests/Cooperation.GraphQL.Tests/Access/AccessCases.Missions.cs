namespace Cooperation.GraphQL.Tests.Access;

// The missions rows of the access matrix.
public static partial class AccessCases
{
    private static IReadOnlyList<AccessCase> Missions => [];
}
