using Cooperation.GraphQL.Accounts;
using Cooperation.GraphQL.Http;
using Cooperation.GraphQL.Schema.Errors;
using Orleans.Runtime;

namespace Cooperation.GraphQL.Exports;

/// <summary>
/// Answers a CSV download made for one signed-in reader: the file (its name and bytes) as an attachment that no shared cache keeps, or a
/// refusal as <c>{"errors":[{"message":"fr / en","extensions":{"code":…}}]}</c> with the status of its code.
/// </summary>
public static class CsvDownload
{
    private const string Json = "application/json";

    public static async Task WriteAsync(HttpContext context, Func<Actor, Task<(string FileName, byte[] Bytes)>> file)
    {
        var viewer = ViewerMiddleware.Of(context);
        GraphQLRequestError refusal;
        if (!viewer.IsSignedIn)
            refusal = new(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, AccessErrors.Unauthenticated(viewer.Problem).Message);
        else
        {
            try
            {
                var (fileName, bytes) = await file(viewer.Actor);
                context.Response.ContentType = "text/csv; charset=utf-8; header=present";
                context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
                // What one reader may read differs from another's: never kept by a shared cache.
                context.Response.Headers.CacheControl = "private, no-store";
                context.Response.ContentLength = bytes.Length;
                await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
                return;
            }
            catch (DomainException e)
            {
                refusal = e.Code switch
                {
                    DomainErrorCode.NotFound => new(StatusCodes.Status404NotFound, ErrorCodes.NotFound, e.Message),
                    DomainErrorCode.Forbidden => new(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, e.Message),
                    DomainErrorCode.Conflict => new(StatusCodes.Status409Conflict, ErrorCodes.Conflict, e.Message),
                    _ => new(StatusCodes.Status400BadRequest, ErrorCodes.Validation, e.Message),
                };
            }
            catch (Exception e) when (e is SiloUnavailableException or OrleansMessageRejectionException or TimeoutException)
            {
                refusal = new(StatusCodes.Status503ServiceUnavailable, ErrorCodes.Unavailable,
                    "Le service est momentanément indisponible ; réessayez. / The service is briefly unavailable; try again.");
            }
        }
        await refusal.WriteAsync(context, Json);
    }
}
