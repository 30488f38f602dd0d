using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Money;
using Cooperation.GraphQL.Funding;
using Cooperation.GraphQL.Schema.Relay;
using Cooperation.Grains.Uploads;
using Cooperation.Grains.Uploads.Commands;
using Cooperation.GraphQL.Accounts;
using Cooperation.GraphQL.Http;
using Cooperation.GraphQL.Schema.Errors;
using Microsoft.Net.Http.Headers;

namespace Cooperation.GraphQL.Uploads;

/// <summary>
/// The bytes of photo uploads, outside GraphQL: raw blocks in (<c>PUT /uploads/{partnershipId}/{uploadId}/blocks/{index}</c>,
/// answered 204 with no body, the smallest answer a phone on EDGE can get) and the committed photo out
/// (<c>GET /uploads/{partnershipId}/{uploadId}</c>, with an ETag, since a committed photo never changes), an
/// application's pieces to those who read the application (<c>GET /applications/{applicationId}/pieces/{uploadId}</c>,
/// the application's GraphQL id), and a ledger's documents to those who read the ledger
/// (<c>GET /money/{partnershipId}/{year}/documents/{uploadId}</c>).
/// </summary>
/// <remarks>
/// One PUT may carry a run of consecutive blocks, from <c>index</c> on (at most <see cref="MaxBlocksPerRequest"/>):
/// each 32 KB is staged as soon as it has arrived, so a connection cut in the middle keeps every whole block before
/// the cut, and the client resends from the first missing one. On EDGE a round trip costs 0.84 s: an 80 KB photo in
/// one request instead of three saves two of them. The last run may also commit the photo (<c>?commit={clientMutationId}</c>,
/// answered 200 <c>{"status":"COMMITTED"}</c>), the same idempotent commit as the <c>commitUpload</c> mutation.
/// </remarks>
/// <remarks>
/// The bearer token is read as for GraphQL (<see cref="ViewerMiddleware"/>); the grain decides who may send or read.
/// Refusals are <c>{"errors":[{"message":"fr / en","extensions":{"code":…}}]}</c> with a 4xx status.
/// </remarks>
public static class UploadEndpoints
{
    private const string OctetStream = "application/octet-stream";

    /// <summary>Blocks one PUT may carry: 256 KB, about three photos shrunk on the phone.</summary>
    public const int MaxBlocksPerRequest = 8;

    public static WebApplication MapCooperationUploads(this WebApplication app)
    {
        app.MapPut("/uploads/{partnershipId}/{uploadId}/blocks/{index}", PutBlockAsync);
        app.MapGet("/uploads/{partnershipId}/{uploadId}", GetPhotoAsync);
        app.MapGet("/applications/{applicationId}/pieces/{uploadId}", GetPieceAsync);
        app.MapGet("/money/{partnershipId}/{year}/documents/{uploadId}", GetLedgerDocumentAsync);
        return app;
    }

    private static Task PutBlockAsync(HttpContext context, string partnershipId, string uploadId, string index, IGrainFactory grains) =>
        AnswerAsync(context, partnershipId, uploadId, async (upload, actor) =>
        {
            if (!int.TryParse(index, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var blockIndex))
                return EndpointRefusals.Invalid(
                    $"« {index} » n'est pas un numéro de bloc (0, 1, 2…). / '{index}' is not a block number (0, 1, 2…).");
            if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type) || !type.MediaType.Equals(OctetStream, StringComparison.OrdinalIgnoreCase))
                return Refusal(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE",
                    $"Un bloc s'envoie en {OctetStream}. / A block is sent as {OctetStream}.");
            if (context.Request.ContentLength > (long)MaxBlocksPerRequest * UploadRules.BlockSize)
                return TooLarge();
            var grain = grains.GetGrain<IUploadGrain>(upload);
            var buffer = new byte[UploadRules.BlockSize];
            for (var staged = 0; ; staged++)
            {
                var filled = await FillAsync(context.Request.Body, buffer, context.RequestAborted);
                // An empty body still goes to the grain, whose answer says which length the block must have.
                if (filled == 0 && staged > 0)
                    break;
                if (staged == MaxBlocksPerRequest)
                    return TooLarge();
                await grain.StageBlockAsync(actor, blockIndex + staged, buffer[..filled]);
                if (filled < buffer.Length)
                    break;
            }
            // « ?commit={clientMutationId} » on the photo's last run: the commit rides on the PUT instead of costing the
            // next sync a round trip. Only when nothing is missing; else the blocks stay staged and the client commits later.
            if (context.Request.Query["commit"].ToString() is { Length: > 0 } commitId
                && (await grain.GetAsync(actor)).MissingBlocks.Count == 0)
            {
                var committed = await grain.CommitAsync(new CommitUpload(commitId, actor));
                await context.Response.WriteAsJsonAsync(new { status = committed.Status.ToString().ToUpperInvariant() }, context.RequestAborted);
                return null;
            }
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return null;
        });

    private static Task GetPhotoAsync(HttpContext context, string partnershipId, string uploadId, IGrainFactory grains) =>
        AnswerAsync(context, partnershipId, uploadId, async (upload, actor) =>
        {
            await WriteFileAsync(context, grains.GetGrain<IUploadGrain>(upload), actor, fileName: null);
            return null;
        });

    /// <summary>An application's piece as a download named after the piece, to whoever reads the application.</summary>
    private static Task GetPieceAsync(HttpContext context, string applicationId, string uploadId, IGrainFactory grains) =>
        GetCitedFileAsync(context, grains, NoSuchPiece, actor =>
            GlobalId.TryDecode(applicationId) is (FundLookup.ApplicationTypeName, var key) && FundApplicationRules.IsValidKey(key) && UploadRules.IsValidUploadId(uploadId)
                ? grains.GetGrain<IFundApplicationGrain>(key).FindPieceAsync(actor, uploadId)
                : Task.FromResult<PieceFile?>(null));

    /// <summary>A transaction's document (an invoice, a transfer order) as a download named after it, to whoever reads the ledger.</summary>
    private static Task GetLedgerDocumentAsync(HttpContext context, string partnershipId, string year, string uploadId, IGrainFactory grains) =>
        GetCitedFileAsync(context, grains, NoSuchDocument, actor =>
            UploadLookup.TryKey(partnershipId, uploadId) is { } upload && $"{UploadRules.ParseKey(upload).Slug}/{year}" is var ledger && LedgerRules.IsValidKey(ledger)
                ? grains.GetGrain<ILedgerGrain>(ledger).FindDocumentAsync(actor, uploadId)
                : Task.FromResult<PieceFile?>(null));

    /// <summary>
    /// A file that an application or a ledger cites, found by <paramref name="find"/> for the signed-in reader. Anyone
    /// else gets the same 404 as for a file that is not cited: which files it holds is no outsider's business.
    /// </summary>
    private static async Task GetCitedFileAsync(HttpContext context, IGrainFactory grains, Func<GraphQLRequestError> notFound, Func<Actor, Task<PieceFile?>> find)
    {
        var viewer = ViewerMiddleware.Of(context);
        var refusal = viewer.IsSignedIn
            ? await EndpointRefusals.OfAsync(async () =>
            {
                if (await find(viewer.Actor) is not { } file)
                    return notFound();
                await WriteFileAsync(context, grains.GetGrain<IUploadGrain>(file.UploadKey), viewer.Actor, file.Name);
                return null;
            })
            : EndpointRefusals.SignedOut(viewer);
        if (refusal is { StatusCode: StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound })
            refusal = notFound();
        if (refusal is not null)
            await refusal.WriteAsync(context, EndpointRefusals.MediaType);
    }

    /// <summary>
    /// Streams a committed file with its ETag (or answers 304 to a matching If-None-Match); a piece goes out as an
    /// attachment under its name, a photo inline.
    /// </summary>
    private static async Task WriteFileAsync(HttpContext context, IUploadGrain grain, Actor actor, string? fileName)
    {
        var ifNoneMatch = context.Request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0 && await grain.GetAsync(actor) is { Status: UploadStatus.Committed } committed
            && ifNoneMatch.Contains(ETagOf(committed.Sha256), StringComparison.Ordinal))
        {
            WriteCachingHeaders(context.Response, committed.Sha256);
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var file = await grain.ReadAsync(actor);
        WriteCachingHeaders(context.Response, file.Sha256);
        context.Response.ContentType = file.ContentType;
        context.Response.ContentLength = file.Bytes.Length;
        // The bytes were checked against the announced type; browsers must not guess another.
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (fileName is not null)
        {
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(WithExtension(fileName, file.ContentType));
            context.Response.Headers.ContentDisposition = disposition.ToString();
        }
        await context.Response.Body.WriteAsync(file.Bytes, context.RequestAborted);
    }

    /// <summary>« Délibération du conseil » saved as « Délibération du conseil.pdf », so the reader's computer knows how to open it.</summary>
    private static string WithExtension(string name, string contentType)
    {
        var extension = contentType switch
        {
            "application/pdf" => ".pdf",
            "image/png" => ".png",
            "image/webp" => ".webp",
            _ => ".jpg",
        };
        return name.EndsWith(extension, StringComparison.OrdinalIgnoreCase) ? name : name + extension;
    }

    private static GraphQLRequestError NoSuchPiece() => EndpointRefusals.NotFound(
        "Pièce introuvable : ce dossier ne cite pas ce fichier, ou vous n'y avez pas accès. / Piece not found: this application cites no such file, or you have no access to it.");

    private static GraphQLRequestError NoSuchDocument() => EndpointRefusals.NotFound(
        "Pièce introuvable : aucune opération de ce budget ne cite ce fichier, ou vous n'y avez pas accès. / Document not found: no transaction of this ledger cites such a file, or you have no access to it.");

    /// <summary>Checks who asks and which upload, runs the action, and turns refusals into JSON errors.</summary>
    private static async Task AnswerAsync(
        HttpContext context, string partnershipId, string uploadId, Func<string, Actor, Task<GraphQLRequestError?>> action)
    {
        var viewer = ViewerMiddleware.Of(context);
        GraphQLRequestError? refusal;
        if (!viewer.IsSignedIn)
            refusal = EndpointRefusals.SignedOut(viewer);
        else if (UploadLookup.TryKey(partnershipId, uploadId) is not { } key)
            refusal = EndpointRefusals.Invalid(
                $"{UploadLookup.InvalidFr(partnershipId, uploadId)} / {UploadLookup.InvalidEn(partnershipId, uploadId)}");
        else
            refusal = await EndpointRefusals.OfAsync(() => action(key, viewer.Actor));
        if (refusal is not null)
            await refusal.WriteAsync(context, EndpointRefusals.MediaType);
    }

    /// <summary>Reads the body until the buffer is full (one block) or the body ends; returns how much was read.</summary>
    private static async Task<int> FillAsync(Stream body, byte[] buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
            total += read;
        return total;
    }

    private static GraphQLRequestError TooLarge() => Refusal(StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE",
        $"Une requête porte au plus {MaxBlocksPerRequest} blocs de {UploadRules.BlockSize} octets. / A request carries at most {MaxBlocksPerRequest} blocks of {UploadRules.BlockSize} bytes.");

    private static void WriteCachingHeaders(HttpResponse response, string sha256)
    {
        response.Headers.ETag = ETagOf(sha256);
        // Immutable once committed, but only for members: no shared cache may keep it.
        response.Headers.CacheControl = "private, max-age=31536000, immutable";
    }

    private static string ETagOf(string sha256) => $"\"{sha256}\"";

    private static GraphQLRequestError Refusal(int status, string code, string message) => new(status, code, message);
}
