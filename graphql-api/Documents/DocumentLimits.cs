using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using System.Runtime.CompilerServices;
using GraphQLParser.AST;

namespace Cooperation.GraphQL.Documents;

/// <summary>
/// Parses the document and refuses one with more selections or aliases than <see cref="ApiOptions"/> allows, before any
/// validation rule runs. A limit inside validation would come too late: GraphQL.NET runs every rule in one pass over the
/// document, so the overlapping-fields rule (n² in the selections) would run beside it on 4,000 fields all the same.
/// </summary>
/// <remarks>The parsed document is handed to the executer, which then does not parse it again.</remarks>
public sealed class DocumentLimits(IOptions<ApiOptions> options, IDocumentBuilder documents) : IConfigureExecution
{
    // A document parsed once and handed again (a persisted document, PersistedDocumentCache) is measured once; one parsed
    // at each request is a new instance, measured each time, and forgotten with it.
    private readonly ConditionalWeakTable<GraphQLDocument, object> _withinLimits = new();
    private static readonly object Passed = new();

    /// <summary>After the persisted-document handler (200), which turns a document id into its text.</summary>
    public float SortOrder => 250;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions executionOptions, ExecutionDelegate next)
    {
        if (executionOptions.Document is null && executionOptions.Query is { } query)
        {
            try
            {
                executionOptions.Document = documents.Build(query);
            }
            catch (ExecutionError syntaxError)
            {
                return new ExecutionResult(syntaxError);
            }
            catch (GraphQLParserException)
            {
                // Nested too deep for the parser: the executer parses again and answers as it always does.
                return await next(executionOptions);
            }
        }

        if (executionOptions.Document is { } document && !_withinLimits.TryGetValue(document, out _))
        {
            var limits = options.Value;
            var size = DocumentSize.Of(document, Math.Max(limits.MaxSelections, limits.MaxAliases) + 1L);
            if (size.Selections > limits.MaxSelections || size.Aliases > limits.MaxAliases)
                return new ExecutionResult(DocumentErrors.TooLarge(limits.MaxSelections, limits.MaxAliases, size.Selections > limits.MaxSelections));
            _withinLimits.TryAdd(document, Passed);
        }

        return await next(executionOptions);
    }
}
