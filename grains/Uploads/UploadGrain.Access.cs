using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Reports;
using Cooperation.Grains.Shipments;

namespace Cooperation.Grains.Uploads;

// Who may do what: the side that owns the target sends its files, every member reads them. Access comes before
// existence, so outsiders learn nothing about what is there.
public sealed partial class UploadGrain
{
    /// <summary>A change to an announced upload: the actor must be on the target's side.</summary>
    private async Task BeginChangeAsync(Actor actor)
    {
        var access = await RequireReadAsync(actor, State.Target is { } target ? SideOf(target) : null);
        RequireSide(access, State.Target!);
    }

    private async Task RequireSideAsync(Actor actor, UploadTarget target)
    {
        var access = await AccessOfAsync(actor, SideOf(target));
        if (!access.CanRead)
            throw UploadErrors.Forbidden();
        RequireSide(access, target);
    }

    /// <summary>
    /// The side that sends a target's files: the South its receipt photos, the North its reports' photos and its
    /// applications' pieces (the French authority applies).
    /// </summary>
    private static ActingSide SideOf(UploadTarget target) =>
        target.Kind == UploadTargetKind.ShipmentItem ? ActingSide.South : ActingSide.North;

    private static void RequireSide(PartnershipAccess access, UploadTarget target)
    {
        if (!access.CanAct(SideOf(target)))
            throw target.Kind switch
            {
                UploadTargetKind.ShipmentItem => UploadErrors.SouthOnly(),
                UploadTargetKind.FundApplication => UploadErrors.ApplicantOnly(),
                _ => UploadErrors.NorthOnly(),
            };
    }

    /// <summary>
    /// A member reading an announced upload (or about to act on its side); returns the member's access for the checks
    /// that follow.
    /// </summary>
    private async Task<PartnershipAccess> RequireReadAsync(Actor actor, ActingSide? side = null)
    {
        var access = await AccessOfAsync(actor, side);
        if (!access.CanRead)
            throw UploadErrors.Forbidden();
        if (!State.Announced)
            throw UploadErrors.UnknownUpload(Key);
        return access;
    }

    /// <summary>
    /// Someone reading a committed file: a member of the partnership, or, for an application's piece or a ledger's
    /// document, whoever the application or the ledger lets open it (the fund's managers, an application's reviewers),
    /// who are no members.
    /// </summary>
    private async Task RequireReaderAsync(Actor actor)
    {
        if ((await AccessOfAsync(actor, null)).CanRead)
        {
            if (!State.Announced)
                throw UploadErrors.UnknownUpload(Key);
            return;
        }
        var uploadId = UploadRules.ParseKey(Key).UploadId;
        var cited = State.Target switch
        {
            { Kind: UploadTargetKind.FundApplication } target => await grains.GetGrain<IFundApplicationGrain>(target.Key).FindPieceAsync(actor, uploadId),
            { Kind: UploadTargetKind.Ledger } target => await grains.GetGrain<Money.ILedgerGrain>(target.Key).FindDocumentAsync(actor, uploadId),
            _ => null,
        };
        if (cited is null)
            throw UploadErrors.Forbidden();
    }

    /// <summary>
    /// The shipment item, report or application must exist when the file is first announced; an application must be
    /// the upload's partnership's, and the actor one who writes it.
    /// </summary>
    private async Task RequireTargetAsync(Actor actor, UploadTarget target)
    {
        if (target.Kind == UploadTargetKind.FundApplication)
        {
            var application = await grains.GetGrain<IFundApplicationGrain>(target.Key).GetAsync(actor);
            if (application.PartnershipSlug != UploadRules.ParseKey(Key).Slug)
                throw UploadErrors.WrongTarget();
            if (!application.Viewer.IsApplicant)
                throw UploadErrors.ApplicantOnly();
            return;
        }
        if (target.Kind == UploadTargetKind.Ledger)
        {
            await grains.GetGrain<Money.ILedgerGrain>(target.Key).GetAsync(actor);
            return;
        }
        if (target.Kind == UploadTargetKind.Report)
        {
            await grains.GetGrain<IReportGrain>(target.Key).GetAsync(actor);
            return;
        }
        var shipment = await grains.GetGrain<IShipmentGrain>(target.Key).GetAsync(actor);
        if (!shipment.Items.Any(i => i.Id == target.ItemId))
            throw UploadErrors.UnknownItem(target.ItemId!);
    }

    private async Task<PartnershipAccess> AccessOfAsync(Actor actor, ActingSide? side) =>
        await grains.GetGrain<IPartnershipGrain>(UploadRules.ParseKey(Key).Slug).GetAccessAsync(actor, side);
}
