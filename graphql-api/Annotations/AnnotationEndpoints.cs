using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Cooperation.Grains.Annotations;
using Cooperation.Grains.Partnerships;
using Cooperation.GraphQL.Accounts;
using Cooperation.GraphQL.Http;

namespace Cooperation.GraphQL.Annotations;

/// <summary>
/// The W3C JSON-LD export of a document's annotations: <c>GET /annotations/{partnershipId}/{kind}/{id}.jsonld</c>
/// (kind "report" or "mission", id the part of the document's key after the partnership), and
/// <c>GET /annotations/fund/application/{callCode}/{number}.jsonld</c> for an application, bearer-authenticated, with only
/// what the reader may read. Refusals are <c>{"errors":[{"message":"fr / en","extensions":{"code":…}}]}</c> with a 4xx status.
/// </summary>
public static class AnnotationEndpoints
{
    /// <summary>Where an application's export lives, before its key ("fsn-2026/1"): the application is no partnership's.</summary>
    public const string ApplicationExportPrefix = "/annotations/fund/application/";

    private const string Extension = ".jsonld";
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static WebApplication MapCooperationAnnotations(this WebApplication app)
    {
        app.MapGet("/annotations/{partnershipId}/{kind}/{file}", ExportAsync);
        app.MapGet(ApplicationExportPrefix + "{callCode}/{file}", ExportApplicationAsync);
        return app;
    }

    private static Task ExportAsync(HttpContext context, string partnershipId, string kind, string file, IGrainFactory grains)
    {
        var documentId = $"{partnershipId}/{(file.EndsWith(Extension, StringComparison.Ordinal) ? file[..^Extension.Length] : "")}";
        var targetKind = PartnershipRules.IsValidSlug(partnershipId) && AnnotationTargets.Named(kind) is { } named
            && named != AnnotationTargetKind.Application && file.EndsWith(Extension, StringComparison.Ordinal)
            && AnnotationTargets.Of(named).IsValidId(documentId)
                ? named
                : (AnnotationTargetKind?)null;
        return WriteExportAsync(context, grains, targetKind, documentId,
            $"« /annotations/{partnershipId}/{kind}/{file} » ne désigne pas un document annoté (attendu : /annotations/partenariat/report|mission/identifiant.jsonld). / "
            + $"'/annotations/{partnershipId}/{kind}/{file}' names no annotated document (expected: /annotations/partnership/report|mission/id.jsonld).");
    }

    private static Task ExportApplicationAsync(HttpContext context, string callCode, string file, IGrainFactory grains)
    {
        var documentId = $"{callCode}/{(file.EndsWith(Extension, StringComparison.Ordinal) ? file[..^Extension.Length] : "")}";
        var targetKind = file.EndsWith(Extension, StringComparison.Ordinal) && AnnotationTargets.Of(AnnotationTargetKind.Application).IsValidId(documentId)
            ? AnnotationTargetKind.Application
            : (AnnotationTargetKind?)null;
        return WriteExportAsync(context, grains, targetKind, documentId,
            $"« {ApplicationExportPrefix}{callCode}/{file} » ne désigne pas un dossier de candidature (attendu : {ApplicationExportPrefix}fsn-2026/1.jsonld). / "
            + $"'{ApplicationExportPrefix}{callCode}/{file}' names no application (expected: {ApplicationExportPrefix}fsn-2026/1.jsonld).");
    }

    /// <summary>Writes the export of a well-formed document (null kind: the address named none, and <paramref name="badAddress"/> says so).</summary>
    private static async Task WriteExportAsync(HttpContext context, IGrainFactory grains, AnnotationTargetKind? kind, string documentId, string badAddress)
    {
        var viewer = ViewerMiddleware.Of(context);
        var refusal = !viewer.IsSignedIn ? EndpointRefusals.SignedOut(viewer)
            : kind is not { } targetKind ? EndpointRefusals.Invalid(badAddress)
            : await EndpointRefusals.OfAsync(async () =>
            {
                // The document first: NOT_FOUND or FORBIDDEN as reading it would be. Then the annotations' own readers: an
                // applicant reads her file but not its annotations, and the listing refuses her.
                await AnnotationTargets.Of(targetKind).VersionsAsync(grains, viewer.Actor, documentId);
                var annotations = await grains.GetGrain<IAnnotationsGrain>(AnnotationRules.KeyFor(targetKind, documentId)).ListAsync(viewer.Actor);
                var origin = $"{context.Request.Scheme}://{context.Request.Host}";
                var body = AnnotationJsonLd.Collection(origin, targetKind, documentId, [.. annotations.Where(a => !a.Deleted)]);
                context.Response.ContentType = AnnotationJsonLd.MediaType;
                // What one reader may read differs from another's: no shared cache may keep it.
                context.Response.Headers.CacheControl = "private, no-cache";
                await context.Response.WriteAsync(body.ToJsonString(Options), context.RequestAborted);
                return null;
            });
        if (refusal is not null)
            await refusal.WriteAsync(context, EndpointRefusals.MediaType);
    }
}
