using GraphQL.DI;

namespace Cooperation.GraphQL.Hosting;

/// <summary>
/// Every log line written while a GraphQL request runs carries its operation, partnership and action id
/// (<c>clientMutationId</c>), so that one person's action can be followed through the API and the silo. Only those
/// three values are read from the variables: a password, an invitation code or a token never reaches a log.
/// </summary>
public sealed partial class ActionLogScope(ILogger<ActionLogScope> logger) : IConfigureExecution
{
    public const string PartnershipKey = "partnership";
    public const string ActionKey = "clientMutationId";
    public const string OperationKey = "operation";

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var input = options.Variables?.Values.OfType<IReadOnlyDictionary<string, object?>>().FirstOrDefault();
        var partnership = input?.GetValueOrDefault("partnershipId") as string;
        var action = input?.GetValueOrDefault(ActionKey) as string;
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            [OperationKey] = options.OperationName,
            [PartnershipKey] = partnership,
            [ActionKey] = action,
        });
        var result = await next(options);
        if (action is not null)
            ActionDone(logger, options.OperationName, partnership, action, result.Errors?.Count ?? 0);
        return result;
    }

    /// <summary>After the policy, the persisted documents and the limits: only what is really run is counted.</summary>
    public float SortOrder => 1000;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Action {Operation} in partnership {Partnership}, id {ClientMutationId}: {ErrorCount} error(s)")]
    private static partial void ActionDone(ILogger logger, string? operation, string? partnership, string clientMutationId, int errorCount);
}
