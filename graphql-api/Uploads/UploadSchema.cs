using Cooperation.Grains.Uploads;
using Cooperation.Grains.Uploads.Commands;
using Cooperation.GraphQL.Funding;
using Cooperation.GraphQL.Reports;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Actions;
using Cooperation.GraphQL.Shipments;

namespace Cooperation.GraphQL.Uploads;

/// <summary>
/// Where photo uploads plug into the schema: announce, commit and restart here; the blocks themselves go over plain
/// HTTP (<see cref="UploadEndpoints"/>), since base64 in GraphQL would cost a third more on the slowest links.
/// </summary>
public static class UploadSchema
{
    /// <summary>Fields of the query root.</summary>
    public static void AddUploadQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<UploadType>>("upload")
            .Description("Où en est un envoi de photo, avec les blocs manquants. / Where a photo upload stands, with its missing blocks.")
            .Argument<NonNullGraphType<IdGraphType>>("partnershipId")
            .Argument<NonNullGraphType<StringGraphType>>("uploadId")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c =>
            {
                var key = UploadLookup.Key(c.GetArgument<string>("partnershipId"), c.GetArgument<string>("uploadId"));
                return await c.Grains().GetGrain<IUploadGrain>(key).GetAsync(c.Actor());
            });
    }

    /// <summary>Field actions: fields of the mutation root and members of the sync batch; the grain decides which side may act.</summary>
    public static IEnumerable<FieldAction> Actions =>
    [
        new FieldAction<AnnounceUploadInput, AnnounceUploadInputType, Upload>("announceUpload",
            "Annoncer une photo (type, taille, empreinte, article ou rapport) avant d'en envoyer les blocs. / Announce a photo (type, size, checksum, item or report) before sending its blocks.", Answer,
            (i, c) => Of(i, c).AnnounceAsync(new AnnounceUpload(i.ClientMutationId, c.Actor, Target(i), i.ContentType, i.Size, i.Sha256))),
        new FieldAction<CommitUploadInput, CommitUploadInputType, Upload>("commitUpload",
            "Terminer un envoi de photo dont tous les blocs sont arrivés. / Finish a photo upload whose blocks have all arrived.", Answer,
            (i, c) => Of(i, c).CommitAsync(new CommitUpload(i.ClientMutationId, c.Actor))),
        new FieldAction<RestartUploadInput, RestartUploadInputType, Upload>("restartUpload",
            "Recommencer un envoi de photo expiré ou mal parti. / Restart an expired or botched photo upload.", Answer,
            (i, c) => Of(i, c).RestartAsync(new RestartUpload(i.ClientMutationId, c.Actor))),
    ];

    /// <summary>What every upload action answers: the upload as the action left it.</summary>
    private static ActionAnswer<Upload> Answer { get; } = ActionAnswer<Upload>.Entity<UploadType>("upload",
        "Résultat : l'identifiant client renvoyé et l'envoi de photo. / Result: the echoed client id and the photo upload.");

    private static IUploadGrain Of(UploadChangeInput input, ActionContext context) =>
        context.Grains.GetGrain<IUploadGrain>(UploadLookup.Key(input.PartnershipId, input.UploadId));

    /// <summary>
    /// Either a shipment and one of its items, or a report, or an application; the grain checks they belong to the
    /// partnership.
    /// </summary>
    private static UploadTarget Target(AnnounceUploadInput input) => (input.ShipmentId, input.ReportId, input.ApplicationId) switch
    {
        (null, null, null) when input is { LedgerYear: { } year, ItemId: null } =>
            new UploadTarget(UploadTargetKind.Ledger, Grains.Money.LedgerRules.KeyFor(Partnerships.PartnershipLookup.Slug(input.PartnershipId), year), null),
        ({ } shipmentId, null, null) when input.ItemId is { Length: > 0 } => new UploadTarget(UploadTargetKind.ShipmentItem, ShipmentLookup.Key(shipmentId), input.ItemId.Trim()),
        (null, { } reportId, null) when input.ItemId is null => new UploadTarget(UploadTargetKind.Report, ReportLookup.Key(reportId), null),
        (null, null, { } applicationId) when input.ItemId is null => new UploadTarget(UploadTargetKind.FundApplication, FundLookup.ApplicationKey(applicationId), null),
        _ => throw ApiErrors.Validation(
            "Donnez soit l'envoi et l'article photographié (shipmentId et itemId), soit le rapport (reportId), soit le dossier de candidature (applicationId), soit l'année du budget (ledgerYear).",
            "Give either the shipment and the photographed item (shipmentId and itemId), or the report (reportId), or the application (applicationId), or the ledger's year (ledgerYear)."),
    };
}
