using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Cooperation.GraphQL.Http;

/// <summary>
/// The browser hardening headers, on every answer: the page, its files, GraphQL, CSV and JSON-LD exports, photos, errors.
/// Set when the answer starts, so that an endpoint clearing its headers (a 500) still carries them.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The camera stays with the page (the receiving screen reads a box's QR code from a photo, and may one day film it);
    /// every other powerful feature is off, for the page and anything it could embed.
    /// </summary>
    public const string PermissionsPolicy =
        "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), bluetooth=(), midi=(), "
        + "display-capture=(), accelerometer=(), gyroscope=(), magnetometer=(), xr-spatial-tracking=(), browsing-topics=()";

    /// <summary>Adds the headers to every answer; first in the pipeline, so that nothing answers without them.</summary>
    public static void UseCooperationSecurityHeaders(this WebApplication app, IFileProvider? webClient)
    {
        var policy = new ContentSecurityPolicy(webClient);
        // Read the page's hashes now: a page that cannot be read stops the start instead of failing every visit.
        policy.ForPage();
        app.Use((context, next) =>
        {
            var response = context.Response;
            response.OnStarting(() =>
            {
                var headers = response.Headers;
                // A 304 updates the headers the browser stored with the answer, and carries no type to tell the page
                // from data: the stored policy, sent with that same answer, stays.
                if (response.StatusCode != StatusCodes.Status304NotModified)
                    headers.ContentSecurityPolicy = RunsAppCode(response.ContentType) ? policy.ForPage() : ContentSecurityPolicy.ForData;
                // For browsers that predate frame-ancestors.
                headers.XFrameOptions = "DENY";
                // A photo or a CSV is never read as a script or a page, whatever its bytes look like.
                headers.XContentTypeOptions = "nosniff";
                // Addresses carry partnership and upload ids: they are not told to anyone the page links to.
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = PermissionsPolicy;
                // No other site's window keeps a handle on ours, nor embeds our answers (photos, JSON) in its pages.
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Cross-Origin-Resource-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    // The page and the scripts: a worker's policy is the one its own script came with, and the service worker needs
    // connect-src to keep the shell and reach the API.
    private static bool RunsAppCode(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)
            || type.MediaType.Equals("text/javascript", StringComparison.OrdinalIgnoreCase)
            || type.MediaType.Equals("application/javascript", StringComparison.OrdinalIgnoreCase));
}
