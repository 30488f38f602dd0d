using System.Collections.Concurrent;
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
/// Keyed by document id, and only for ids of the manifest (<see cref="PersistedDocumentManifest"/>): it runs after the
/// persisted-document handler, which refuses any other id, so it holds at most one entry per operation the web client
/// was built with and needs no eviction. GraphQL text (signed-in API users) is parsed
/// and validated at each request, as before. This keeps no answer, nothing of any partnership: the grains answer
/// every request.
/// </remarks>
public sealed class PersistedDocumentCache : IConfigureExecution
{
    private readonly ConcurrentDictionary<string, GraphQLDocument> _validated = new(StringComparer.Ordinal);

    /// <summary>After the persisted-document handler (200), which finds the text; before <see cref="DocumentLimits"/> (250), which parses.</summary>
    public float SortOrder => 240;

    /// <summary>How many operations are held parsed and validated.</summary>
    public int Count => _validated.Count;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.DocumentId is not { } id)
            return await next(options);

        if (_validated.TryGetValue(id, out var document))
        {
            options.Document = document;
            // The core rules depend on the document alone, and it passed them.
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options);
        }

        var result = await next(options);
        // Executed: every rule passed; the document the executer ran is the one parsed from the manifest's text.
        if (result.Executed && result.Document is { } parsed)
            _validated.TryAdd(id, parsed);
        return result;
    }
}
