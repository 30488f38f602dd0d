namespace Cooperation.GraphQL.Tests.Access;

// The shipments rows of the access matrix.
public static partial class AccessCases
{
    private static IReadOnlyList<AccessCase> Shipments => [];
}
