using Cooperation.Grains.Partnerships;
using Cooperation.GraphQL.Accounts;

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
            var reader = ExportReaders.Of(viewer, partnershipId) ?? throw PartnershipErrors.Forbidden();
            return [await IatiSource.ReadAsync(grains, reader, partnershipId, today)];
        });

    private static Task GetAuthorityAsync(HttpContext context, string authorityKey, IGrainFactory grains, TimeProvider time) =>
        AnswerAsync(context, time, $"{authorityKey}-{FileName}", async (viewer, today) =>
        {
            // The directory and the profiles are public; what each partnership holds is read with the reader's rights.
            var slugs = await grains.GetGrain<IPartnershipDirectoryGrain>(PartnershipDirectoryGrain.Key).ListAsync();
            var profiles = await Task.WhenAll(slugs.Select(slug => grains.GetGrain<IPartnershipGrain>(slug).FindAsync()));
            var readable = profiles.OfType<Partnership>()
                .Where(p => IatiOrganisations.AuthorityKey(p.North) == authorityKey && ExportReaders.Of(viewer, p.Slug) is not null)
                .ToList();
            if (readable.Count == 0)
                throw PartnershipErrors.UnknownPartnership(authorityKey);
            return await Task.WhenAll(readable.Select(p => IatiSource.ReadAsync(grains, ExportReaders.Of(viewer, p.Slug)!, p.Slug, today)));
        });

    private static Task AnswerAsync(
        HttpContext context, TimeProvider time, string fileName, Func<Viewer, DateOnly, Task<IReadOnlyList<IatiActivityFacts>>> read) =>
        FileDownload.WriteAsync(context, async viewer =>
        {
            var now = time.GetUtcNow();
            var bytes = IatiDocument.Write(await read(viewer, DateOnly.FromDateTime(now.UtcDateTime)), now);
            return new DownloadFile(fileName, IatiDocument.MediaType + "; charset=utf-8", bytes);
        }, outsiders: "Aucun partenariat que vous pouvez lire à cette adresse. / No partnership you may read at this address.");
}
