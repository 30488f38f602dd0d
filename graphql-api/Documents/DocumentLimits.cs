using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace Cooperation.GraphQL.Documents;

/// <summary>
/// Parses the document and refuses one with more selections or aliases than <see cref="ApiOptions"/> allows, before any
/// validation rule runs. A limit inside validation would come too late: GraphQL.NET runs every rule in one pass over the
/// document, so the overlapping-fields rule (n² in the selections) would run beside it on 4,000 fields all the same.
/// </summary>
/// <remarks>The parsed document is handed to the executer, which then does not parse it again.</remarks>
public sealed class DocumentLimits(IOptions<ApiOptions> options, IDocumentBuilder documents) : IConfigureExecution
{
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

        if (executionOptions.Document is { } document)
        {
            var limits = options.Value;
            var size = DocumentSize.Of(document, Math.Max(limits.MaxSelections, limits.MaxAliases) + 1L);
            if (size.Selections > limits.MaxSelections || size.Aliases > limits.MaxAliases)
                return new ExecutionResult(DocumentErrors.TooLarge(limits.MaxSelections, limits.MaxAliases, size.Selections > limits.MaxSelections));
        }

        return await next(executionOptions);
    }
}
