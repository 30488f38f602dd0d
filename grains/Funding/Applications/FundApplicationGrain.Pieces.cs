using Cooperation.Grains.Uploads;

namespace Cooperation.Grains.Funding.Applications;

// Opening a piece: whoever reads the file reads the pieces it cites, a blind reviewer excepted.
public sealed partial class FundApplicationGrain
{
    async Task<PieceFile?> IFundApplicationGrain.FindPieceAsync(Actor actor, string uploadId)
    {
        if (!State.Created)
            return null;
        var viewer = await ViewerAsync(actor);
        // A convention or a délibération names the applicant: a blind reviewer reads the text, never the pieces.
        if (!viewer.CanRead || viewer.Blind)
            return null;
        // A piece cited by a filed version stays readable after a later draft drops it: the managers decided on that version.
        var piece = State.Versions.Select(v => v.Content).Append(State.Content)
            .SelectMany(c => c.Pieces).LastOrDefault(p => p.UploadId == uploadId);
        return piece is null ? null : new PieceFile(UploadRules.KeyFor(State.PartnershipSlug, uploadId), piece.Name);
    }
}
