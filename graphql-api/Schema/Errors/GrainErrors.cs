using GraphQL.Execution;
using Orleans.Runtime;
using Orleans.Storage;

namespace Cooperation.GraphQL.Schema.Errors;

/// <summary>
/// The one place where domain and Orleans failures become GraphQL errors with an <c>extensions.code</c>.
/// </summary>
/// <remarks>
/// GraphQL.NET hands every exception a resolver throws, other than an <see cref="ExecutionError"/>, to
/// <see cref="ExecutionOptions.UnhandledExceptionDelegate"/>: <see cref="TranslateAsync"/> is that delegate, so that no
/// wrapper runs around each of the hundreds of fields an answer holds. Anything not recognised stays an unhandled
/// error, whose details GraphQL.NET masks, so internals never reach a client.
/// </remarks>
public static class GrainErrors
{
    /// <summary>Gives a failure its GraphQL error when it is one a client may read about; logs any other.</summary>
    public static Task TranslateAsync(UnhandledExceptionContext context)
    {
        if (ErrorOf(context.OriginalException) is { } error)
            context.Exception = error;
        else
            context.ExecutionOptions.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger(typeof(GrainErrors))
                .LogError(context.OriginalException, "GraphQL field {Field} failed", context.FieldContext?.FieldDefinition.Name);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The GraphQL error a failure becomes, the same for a mutation alone and for an action of a sync batch; null for a
    /// failure no client should read about.
    /// </summary>
    public static ExecutionError? ErrorOf(Exception e) => e switch
    {
        ExecutionError error => error,
        DomainException { Code: DomainErrorCode.Forbidden } d =>
            new Accounts.StatusExecutionError(d.Message, ErrorCodes.Forbidden, StatusCodes.Status403Forbidden, d),
        DomainException d => new ExecutionError(d.Message, d) { Code = d.Reason ?? CodeOf(d.Code) },
        InconsistentStateException => new ExecutionError(
            "Une autre modification est passée au même moment ; rechargez puis recommencez. / " +
            "Another change went through at the same moment; reload and try again.", e) { Code = ErrorCodes.Conflict },
        SiloUnavailableException or OrleansMessageRejectionException or TimeoutException => new ExecutionError(
            "Le service est momentanément indisponible ; votre action n'a pas été enregistrée, réessayez. / " +
            "The service is briefly unavailable; your action was not recorded, try again.", e) { Code = ErrorCodes.Unavailable },
        _ => null,
    };

    private static string CodeOf(DomainErrorCode code) => code switch
    {
        DomainErrorCode.Validation => ErrorCodes.Validation,
        DomainErrorCode.NotFound => ErrorCodes.NotFound,
        DomainErrorCode.Conflict => ErrorCodes.Conflict,
        DomainErrorCode.Forbidden => ErrorCodes.Forbidden,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
    };
}
