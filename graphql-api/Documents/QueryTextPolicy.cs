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

    /// <summary>
    /// Most selections (fields, fragment spreads, inline fragments, each fragment counted at each spread) a document may
    /// have: <see cref="DocumentLimits"/> refuses more before validation, whose cost grows with their square. The web
    /// client's largest operation (Sync) has 86, and a test keeps them all under a quarter of this; 500 leaves API users
    /// about six times that for their own queries, while the worst document it lets through (one field 500 times)
    /// validates in about a tenth of a second here, against 3–4.5 s for 4,000.
    /// </summary>
    public int MaxSelections { get; set; } = DefaultMaxSelections;

    /// <summary>
    /// Most aliases a document may have. An alias is how one request asks for the same field many times (a hundred
    /// partnerships by id); the web client's operations use none. The complexity limit prices what each one asks for;
    /// this bounds how many times one request can ask, whatever each costs.
    /// </summary>
    public int MaxAliases { get; set; } = DefaultMaxAliases;

    public const int DefaultMaxSelections = 500;
    public const int DefaultMaxAliases = 100;
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
