using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Cooperation.GraphQL.Http;

/// <summary>
/// The browser hardening headers, set when each answer starts (so that an endpoint clearing its headers, a 500, still
/// carries them), in three sets by what the answer is:
/// <list type="bullet">
/// <item>the app (the page, its chunks, the service worker): the page's <see cref="ContentSecurityPolicy"/>,
/// <c>X-Frame-Options: DENY</c>, <c>nosniff</c>, <c>Referrer-Policy: no-referrer</c>, a <c>Permissions-Policy</c>
/// keeping only the camera, and same-origin <c>Cross-Origin-Opener-Policy</c> and <c>-Resource-Policy</c>;</item>
/// <item>files (CSV, photos, JSON-LD exports, anything else with a body): a policy under which nothing runs, loads or
/// frames (<see cref="ContentSecurityPolicy.ForData"/>), <c>X-Frame-Options: DENY</c>, <c>nosniff</c>, no referrer,
/// same-origin resource policy, should one ever be opened as a page or embedded by another site;</item>
/// <item>JSON answers (GraphQL, refusals, 429): <c>nosniff</c> only; answers without a body (204, 304): nothing.</item>
/// </list>
/// </summary>
/// <remarks>
/// JSON is read by the app's script and never shown as a page (<c>nosniff</c> keeps a browser from reading it as one, or
/// as a script), so a policy, framing or permission headers would protect nothing there, while they cost about 480 B
/// on every answer over HTTP/1.1: twice DESIGN's B3 budget for a confirmation's answer (B3/B4 are counted in
/// AgentDayTests). A 304 changes the headers the browser stored with the answer it revalidates, and carries no type to
/// tell a page from data: it sends none, and the stored set stays.
/// </remarks>
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
                Apply(response, policy);
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    private static void Apply(HttpResponse response, ContentSecurityPolicy policy)
    {
        // Nothing to read in a 204; a 304's headers would replace those the browser stored with the answer it confirms.
        if (response.StatusCode is StatusCodes.Status204NoContent or StatusCodes.Status304NotModified)
            return;
        var headers = response.Headers;
        // A photo, a CSV or a JSON answer is never read as a script or a page, whatever its bytes look like.
        headers.XContentTypeOptions = "nosniff";
        var type = MediaTypeHeaderValue.TryParse(response.ContentType, out var parsed) ? parsed.MediaType.Value : null;
        if (type is null || IsJson(type))
            return;

        var isApp = IsApp(type);
        // A page the server writes itself (the council's printable report) brings its own, narrower policy.
        if (headers.ContentSecurityPolicy.Count == 0)
            headers.ContentSecurityPolicy = isApp ? policy.ForPage() : ContentSecurityPolicy.ForData;
        // For browsers that predate frame-ancestors.
        headers.XFrameOptions = "DENY";
        // Addresses carry partnership and upload ids: they are told to no site the page links to.
        headers["Referrer-Policy"] = "no-referrer";
        // Photos and files are not embedded by other sites' pages.
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        if (!isApp)
            return;
        headers["Permissions-Policy"] = PermissionsPolicy;
        // No page of another site keeps a handle on the app's window.
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }

    private static bool IsJson(string type) =>
        type.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
        || type.Equals(GraphQLMediaTypes.GraphQLResponseJson, StringComparison.OrdinalIgnoreCase);

    // The page and the scripts: a worker's policy is the one its own script came with, and the service worker needs
    // connect-src to keep the shell and reach the API.
    private static bool IsApp(string type) =>
        type.Equals("text/html", StringComparison.OrdinalIgnoreCase)
        || type.Equals("text/javascript", StringComparison.OrdinalIgnoreCase)
        || type.Equals("application/javascript", StringComparison.OrdinalIgnoreCase);
}
