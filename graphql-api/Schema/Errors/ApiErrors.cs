using Cooperation.GraphQL.Schema.Errors;

namespace Cooperation.GraphQL.Schema;

/// <summary>Errors raised by the API itself (malformed ids, bad paging), worded French first.</summary>
public static class ApiErrors
{
    public static ExecutionError Validation(string messageFr, string messageEn) =>
        new($"{messageFr} / {messageEn}") { Code = ErrorCodes.Validation };

    public static ExecutionError NotFound(string messageFr, string messageEn) =>
        new($"{messageFr} / {messageEn}") { Code = ErrorCodes.NotFound };
}
