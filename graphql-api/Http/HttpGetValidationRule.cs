using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Cooperation.GraphQL.Http;

/// <summary>
/// Validation rule added to GET requests only: the selected operation must be a query. GET requests can
/// be triggered cross-site by a link or an image and may be cached or prefetched, so the spec forbids
/// running mutations (and subscriptions) through them. Checking it in validation rather than in the
/// transport lets GraphQL.NET pick the operation (operationName, single anonymous operation…) exactly as it
/// will execute it.
/// </summary>
internal sealed class HttpGetValidationRule : ValidationRuleBase
{
    /// <summary>The rule is stateless, one instance serves every request.</summary>
    public static readonly HttpGetValidationRule Instance = new();

    /// <summary>The rule set for GET: the spec rules plus this one.</summary>
    public static readonly IValidationRule[] ValidationRules = [.. DocumentValidator.CoreRules, Instance];

    /// <summary>
    /// The rule set for a document taken from a cache: cached documents skip the core rules (they were
    /// validated once already), but a query cached from a POST must still be refused on GET.
    /// </summary>
    public static readonly IValidationRule[] CachedDocumentValidationRules = [Instance];

    private HttpGetValidationRule()
    {
    }

    /// <inheritdoc/>
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        if (operation.Operation != OperationType.Query)
        {
            context.ReportError(new HttpGetOperationNotAllowedError(context.Document.Source, operation));
        }

        return default;
    }
}

/// <summary>
/// A mutation or subscription was sent by GET. Answered with 405 and <c>Allow: POST</c>, as the spec
/// recommends; the code exposed to clients is <c>HTTP_GET_OPERATION_NOT_ALLOWED</c> (from the type name).
/// </summary>
internal sealed class HttpGetOperationNotAllowedError : ValidationError, IHasPreferredStatusCode
{
    public HttpGetOperationNotAllowedError(ROM source, GraphQLOperationDefinition operation)
        : base(source, null,
            $"Une opération {Describe(operation.Operation)} doit être envoyée par POST / "
            + $"A {operation.Operation.ToString().ToLowerInvariant()} operation must be sent by POST",
            operation)
    {
    }

    /// <inheritdoc/>
    public int PreferredStatusCode => StatusCodes.Status405MethodNotAllowed;

    private static string Describe(OperationType type) => type switch
    {
        OperationType.Mutation => "de mutation",
        OperationType.Subscription => "d'abonnement",
        _ => "de requête",
    };
}
