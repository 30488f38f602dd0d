using System.Collections.Concurrent;
using Cooperation.GraphQL.Http;
using Cooperation.GraphQL.Schema.Access;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Cooperation.GraphQL.Documents;

/// <summary>
/// The web client's operations parsed and validated once, not at every request: a document sent by id is taken
/// parsed from here once a request with it has passed validation, and only the rules that depend on who asks or on
/// the variables run again (<see cref="ExecutionOptions.CachedDocumentValidationRules"/>: access, the complexity
/// limit, GET allowing only queries). Most of a read's own time went to validating the same text again.
/// </summary>
/// <remarks>
/// <para>
/// Those rules need not run again either where their answer cannot have changed: access depends on the person's
/// standing alone (<see cref="AccessValidationRule.StandingOf"/>), GET on the operation, and the complexity on the
/// document and on variables other than ids (an id picks a partnership, never how many lines a list asks for). So a
/// document whose variables are all ids, once it passed them for an operation, a method and a standing, passes them
/// again without a walk of its tree: a signed-in member's read runs no validation rule at all. Anything else, a refusal
/// included, runs them as before. A rule added to the cached documents' rules must depend on nothing else either.
/// </para>
/// <para>
/// Keyed by document id, and only for ids of the manifest (<see cref="PersistedDocumentManifest"/>): it runs after the
/// persisted-document handler, which refuses any other id, so it holds at most one entry per operation the web client
/// was built with, and a few standings for each: it needs no eviction. GraphQL text (signed-in API users) is parsed
/// and validated at each request, as before. This keeps no answer, nothing of any partnership: the grains answer
/// every request.
/// </para>
/// </remarks>
public sealed class PersistedDocumentCache : IConfigureExecution
{
    private readonly ConcurrentDictionary<string, Validated> _validated = new(StringComparer.Ordinal);

    /// <summary>After the persisted-document handler (200), which finds the text; before <see cref="DocumentLimits"/> (250), which parses.</summary>
    public float SortOrder => 240;

    /// <summary>The rules of a request whose document passed them all already (what <see cref="RepeatedReadValidator"/> looks for).</summary>
    public static readonly IValidationRule[] NoRuleLeft = [];

    /// <summary>How many operations are held parsed and validated.</summary>
    public int Count => _validated.Count;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.DocumentId is not { } id)
            return await next(options);

        if (!_validated.TryGetValue(id, out var validated))
        {
            var result = await next(options);
            // Executed: every rule passed; the document the executer ran is the one parsed from the manifest's text.
            if (result.Executed && result.Document is { } parsed)
                _validated.TryAdd(id, new Validated(parsed));
            return result;
        }

        options.Document = validated.Document;
        // The core rules depend on the document alone, and it passed them.
        var rules = options.CachedDocumentValidationRules ?? [];
        var passing = validated.PassingOf(options, rules);
        if (passing is { } known && validated.Passed.ContainsKey(known))
        {
            options.ValidationRules = NoRuleLeft;
            return await next(options);
        }

        options.ValidationRules = rules;
        var answer = await next(options);
        if (passing is { } key && answer.Executed)
            validated.Passed.TryAdd(key, true);
        return answer;
    }

    /// <summary>A document as parsed, and for whom the rules of a cached document were found passed.</summary>
    private sealed class Validated(GraphQLDocument document)
    {
        public GraphQLDocument Document => document;

        /// <summary>Whether every variable is an id, so that the complexity is the same whatever the variables.</summary>
        private readonly bool _complexityIsFixed = document.Definitions.OfType<GraphQLOperationDefinition>()
            .All(operation => operation.Variables?.Items.All(v => IsId(v.Type)) ?? true);

        public ConcurrentDictionary<Passing, bool> Passed { get; } = new();

        /// <summary>
        /// The key under which this request's rules, once passed, are remembered as passed; null when their answer may
        /// change with the variables.
        /// </summary>
        public Passing? PassingOf(ExecutionOptions options, IEnumerable<IValidationRule> rules) => _complexityIsFixed
            ? new Passing(options.OperationName, rules.Contains(HttpGetValidationRule.Instance),
                AccessValidationRule.StandingOf(AccessValidationRule.ViewerOf(options.UserContext)))
            : null;

        private static bool IsId(GraphQLType type) => type switch
        {
            GraphQLNonNullType nonNull => IsId(nonNull.Type),
            GraphQLNamedType named => named.Name.Value.Span.SequenceEqual("ID"),
            _ => false, // a list of ids may size what it asks for
        };
    }

    /// <summary>The operation picked, whether it came by GET (which allows only queries) and the person's standing.</summary>
    private readonly record struct Passing(string? OperationName, bool Get, AccessValidationRule.Standing Standing);
}
