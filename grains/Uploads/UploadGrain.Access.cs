using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Reports;
using Cooperation.Grains.Shipments;

namespace Cooperation.Grains.Uploads;

// Who may do what: the side that owns the target sends its photos, every member reads them. Access comes before
// existence, so outsiders learn nothing about what is there.
public sealed partial class UploadGrain
{
    /// <summary>A change to an announced upload: the actor must be on the target's side.</summary>
    private async Task BeginChangeAsync(Actor actor) => RequireSide(await RequireReadAsync(actor), State.Target!);

    private async Task RequireSideAsync(Actor actor, UploadTarget target)
    {
        var access = await AccessOfAsync(actor);
        if (!access.CanRead)
            throw UploadErrors.Forbidden();
        RequireSide(access, target);
    }

    private static void RequireSide(PartnershipAccess access, UploadTarget target)
    {
        if (target.Kind == UploadTargetKind.ShipmentItem && !access.IsSouth)
            throw UploadErrors.SouthOnly();
        if (target.Kind == UploadTargetKind.Report && !access.IsNorth)
            throw UploadErrors.NorthOnly();
    }

    /// <summary>A member reading an announced upload; returns the member's access for the checks that follow.</summary>
    private async Task<PartnershipAccess> RequireReadAsync(Actor actor)
    {
        var access = await AccessOfAsync(actor);
        if (!access.CanRead)
            throw UploadErrors.Forbidden();
        if (!State.Announced)
            throw UploadErrors.UnknownUpload(Key);
        return access;
    }

    /// <summary>The shipment item or report must exist when the photo is first announced.</summary>
    private async Task RequireTargetAsync(Actor actor, UploadTarget target)
    {
        if (target.Kind == UploadTargetKind.Report)
        {
            await grains.GetGrain<IReportGrain>(target.Key).GetAsync(actor);
            return;
        }
        var shipment = await grains.GetGrain<IShipmentGrain>(target.Key).GetAsync(actor);
        if (!shipment.Items.Any(i => i.Id == target.ItemId))
            throw UploadErrors.UnknownItem(target.ItemId!);
    }

    private async Task<PartnershipAccess> AccessOfAsync(Actor actor) =>
        await grains.GetGrain<IPartnershipGrain>(UploadRules.ParseKey(Key).Slug).GetAccessAsync(actor);
}
