namespace Cooperation.GraphQL.Tests.Access;

/// <summary>
/// One row of the matrix's reads: a field whose rule comes from its parent (a type marked guarded by parent), where
/// the grain or the resolver still decides what each reader sees. Every role reads the same data, made once; the row
/// says what each one reads (<see cref="Read"/> of the answer), or the refusal the parent field meets.
/// </summary>
/// <param name="Field">The type and field, as the schema names them, with what the row is about in parentheses.</param>
/// <param name="Request">Makes the row's data once per host and gives the query that reads it.</param>
/// <param name="Read">What the answer's data shows of the field, in a few words.</param>
/// <param name="Expected">By role: what it reads, or <see cref="Forbidden"/> / <see cref="Unauthenticated"/>.</param>
public sealed record ReadCase(
    string Field,
    Func<MatrixContext, Task<(string Query, object? Variables)>> Request,
    Func<JsonNode, string> Read,
    IReadOnlyDictionary<Role, string> Expected)
{
    public const string Forbidden = "FORBIDDEN";

    public const string Unauthenticated = "UNAUTHENTICATED";

    public override string ToString() => Field;

    /// <summary>The readers and what each reads; anonymous is UNAUTHENTICATED, every role not listed FORBIDDEN.</summary>
    public static IReadOnlyDictionary<Role, string> Reads(params (Role Role, string Reads)[] readers) =>
        Enum.GetValues<Role>().ToDictionary(r => r, r =>
            r == Role.Anonymous ? Unauthenticated : readers.Where(x => x.Role == r).Select(x => x.Reads).FirstOrDefault() ?? Forbidden);
}
