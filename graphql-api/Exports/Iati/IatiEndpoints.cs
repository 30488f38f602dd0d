using Cooperation.Grains.Accounts;
using Cooperation.Grains.Partnerships;
using Cooperation.GraphQL.Accounts;
using Cooperation.GraphQL.Http;
using Cooperation.GraphQL.Schema.Errors;
using Orleans.Runtime;

namespace Cooperation.GraphQL.Exports.Iati;

/// <summary>
/// The IATI 2.03 files, outside GraphQL, with the bearer token: <c>GET /exports/{partnership}/iati.xml</c> (one
/// activity) and <c>GET /exports/authorities/{authority}/iati.xml</c> (every partnership of a North authority that the
/// reader may read, the authority reporting). Members of a partnership, the fund's managers and administrators read it;
/// anyone else is answered 404, as for a partnership that does not exist, so the answer tells an outsider nothing.
/// Refusals are <c>{"errors":[{"message":"fr / en","extensions":{"code":…}}]}</c>.
/// </summary>
public static class IatiEndpoints
{
    private const string Json = "application/json";
    private const string FileName = "iati.xml";

    /// <summary>Where a partnership's file is downloaded.</summary>
    public static string PartnershipPath(string slug) => $"/exports/{slug}/{FileName}";

    /// <summary>Where a North authority's file is downloaded (<see cref="IatiOrganisations.AuthorityKey"/>).</summary>
    public static string AuthorityPath(string authorityKey) => $"/exports/authorities/{authorityKey}/{FileName}";

    public static WebApplication MapCooperationIati(this WebApplication app)
    {
        app.MapGet(PartnershipPath("{partnershipId}"), GetPartnershipAsync);
        app.MapGet(AuthorityPath("{authorityKey}"), GetAuthorityAsync);
        return app;
    }

    private static Task GetPartnershipAsync(HttpContext context, string partnershipId, IGrainFactory grains, TimeProvider time) =>
        AnswerAsync(context, time, $"{partnershipId}-{FileName}", async (viewer, today) =>
        {
            if (!PartnershipRules.IsValidSlug(partnershipId))
                throw PartnershipErrors.UnknownPartnership(partnershipId);
            var reader = ReaderOf(viewer, partnershipId) ?? throw PartnershipErrors.Forbidden();
            return [await IatiSource.ReadAsync(grains, reader, partnershipId, today)];
        });

    private static Task GetAuthorityAsync(HttpContext context, string authorityKey, IGrainFactory grains, TimeProvider time) =>
        AnswerAsync(context, time, $"{authorityKey}-{FileName}", async (viewer, today) =>
        {
            // The directory and the profiles are public; what each partnership holds is read with the reader's rights.
            var slugs = await grains.GetGrain<IPartnershipDirectoryGrain>(PartnershipDirectoryGrain.Key).ListAsync();
            var profiles = await Task.WhenAll(slugs.Select(slug => grains.GetGrain<IPartnershipGrain>(slug).FindAsync()));
            var readable = profiles.OfType<Partnership>()
                .Where(p => IatiOrganisations.AuthorityKey(p.North) == authorityKey && ReaderOf(viewer, p.Slug) is not null)
                .ToList();
            if (readable.Count == 0)
                throw PartnershipErrors.UnknownPartnership(authorityKey);
            return await Task.WhenAll(readable.Select(p => IatiSource.ReadAsync(grains, ReaderOf(viewer, p.Slug)!, p.Slug, today)));
        });

    /// <summary>
    /// Whom the grains are asked as: a member or an administrator as herself (each grain checks her rights again); a fund
    /// manager, who reads every partnership the fund may finance but is no member of any, as the platform, once her role
    /// has been checked here; null for anyone else.
    /// </summary>
    private static Actor? ReaderOf(Viewer viewer, string slug)
    {
        if (viewer.AccessTo(slug).CanRead)
            return viewer.Actor;
        return viewer.Access!.Roles.Contains(AccountRole.FundManager) ? Actor.Seed : null;
    }

    private static async Task AnswerAsync(
        HttpContext context, TimeProvider time, string fileName, Func<Viewer, DateOnly, Task<IReadOnlyList<IatiActivityFacts>>> read)
    {
        var viewer = ViewerMiddleware.Of(context);
        GraphQLRequestError refusal;
        if (!viewer.IsSignedIn)
            refusal = new(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, AccessErrors.Unauthenticated(viewer.Problem).Message);
        else
        {
            try
            {
                var now = time.GetUtcNow();
                var bytes = IatiDocument.Write(await read(viewer, DateOnly.FromDateTime(now.UtcDateTime)), now);
                context.Response.ContentType = IatiDocument.MediaType + "; charset=utf-8";
                context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
                // What one reader may read differs from another's: no shared cache may keep it.
                context.Response.Headers.CacheControl = "private, no-store";
                context.Response.ContentLength = bytes.Length;
                await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
                return;
            }
            catch (DomainException e) when (e.Code is DomainErrorCode.NotFound or DomainErrorCode.Forbidden)
            {
                // One answer, in the same words, for what does not exist and what the reader may not read: she learns nothing.
                refusal = new(StatusCodes.Status404NotFound, ErrorCodes.NotFound,
                    "Aucun partenariat que vous pouvez lire à cette adresse. / No partnership you may read at this address.");
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
