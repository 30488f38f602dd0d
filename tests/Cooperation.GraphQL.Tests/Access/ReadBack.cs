namespace Cooperation.GraphQL.Tests.Access;

/// <summary>
/// What a refused mutation must leave as it was: a query built from the mutation's input (<c>$i</c>), read by a role
/// that sees it all, before and after the refusal; the two answers must be the same.
/// </summary>
/// <param name="As">Who reads: someone who sees what the mutation would have changed.</param>
public sealed record ReadBack(Role As, Func<JsonNode, string> Query);
