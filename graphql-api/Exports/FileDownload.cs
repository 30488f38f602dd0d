using Cooperation.GraphQL.Accounts;
using Cooperation.GraphQL.Http;

namespace Cooperation.GraphQL.Exports;

/// <summary>A file made for one reader: its name, its media type and its bytes.</summary>
/// <param name="Inline">Shown by the browser (a printable page) rather than saved under <paramref name="FileName"/>.</param>
/// <param name="ContentSecurityPolicy">The page's own policy, when it is shown inline.</param>
public sealed record DownloadFile(string FileName, string MediaType, byte[] Bytes, bool Inline = false, string? ContentSecurityPolicy = null);

/// <summary>
/// Answers a download made for one signed-in reader (a CSV, an IATI file, a council's report): the file, which no shared
/// cache keeps, or a refusal (<see cref="EndpointRefusals"/>).
/// </summary>
public static class FileDownload
{
    /// <param name="outsiders">
    /// When set, what someone who may not read the file is told, with a 404 in the same words as for what does not
    /// exist: the answer tells an outsider nothing, not even that it exists. When null, a refusal keeps its own status.
    /// </param>
    public static async Task WriteAsync(HttpContext context, Func<Viewer, Task<DownloadFile>> file, string? outsiders = null)
    {
        var viewer = ViewerMiddleware.Of(context);
        var refusal = viewer.IsSignedIn
            ? await EndpointRefusals.OfAsync(async () =>
            {
                await WriteAsync(context.Response, await file(viewer));
                return null;
            })
            : EndpointRefusals.SignedOut(viewer);
        if (outsiders is not null && refusal is { StatusCode: StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound })
            refusal = EndpointRefusals.NotFound(outsiders);
        if (refusal is not null)
            await refusal.WriteAsync(context, EndpointRefusals.MediaType);
    }

    private static async Task WriteAsync(HttpResponse response, DownloadFile file)
    {
        response.ContentType = file.MediaType;
        if (file.Inline)
        {
            if (file.ContentSecurityPolicy is not null)
                response.Headers.ContentSecurityPolicy = file.ContentSecurityPolicy;
        }
        else
            response.Headers.ContentDisposition = $"attachment; filename=\"{file.FileName}\"";
        // What one reader may read differs from another's: never kept by a shared cache.
        response.Headers.CacheControl = "private, no-store";
        response.ContentLength = file.Bytes.Length;
        await response.Body.WriteAsync(file.Bytes, response.HttpContext.RequestAborted);
    }
}
