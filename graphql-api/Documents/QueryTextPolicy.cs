using Cooperation.GraphQL.Accounts;
using GraphQL.DI;
using Microsoft.Extensions.Options;

namespace Cooperation.GraphQL.Documents;

/// <summary>Settings of <c>Cooperation:Api</c>.</summary>
public sealed class ApiOptions
{
    public const string Section = "Cooperation:Api";

    /// <summary>
    /// Lets people who are not signed in send GraphQL text (off by default): for the GraphQL-over-HTTP conformance
    /// checks and local tools. Signed-in API users may always send text.
    /// </summary>
    public bool AllowAnonymousQueryText { get; set; }
}

/// <summary>
/// Anyone may run the operations the web client was built with (by <c>documentId</c>); GraphQL text needs a
/// signed-in caller. The public surface is then a fixed list of operations whose cost is known in advance.
/// </summary>
public sealed class QueryTextPolicy(IOptions<ApiOptions> options) : IConfigureExecution
{
    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions executionOptions, ExecutionDelegate next)
    {
        if (executionOptions.Query is not null && executionOptions.DocumentId is null
            && !options.Value.AllowAnonymousQueryText && !IsSignedIn(executionOptions))
        {
            return new ExecutionResult(DocumentErrors.QueryTextNeedsSignIn());
        }

        return await next(executionOptions);
    }

    /// <summary>Before the persisted-document handler (200), which turns an id into text.</summary>
    public float SortOrder => 150;

    private static bool IsSignedIn(ExecutionOptions executionOptions) =>
        executionOptions.UserContext.TryGetValue(Viewer.UserContextKey, out var viewer) && viewer is Viewer { IsSignedIn: true };
}
