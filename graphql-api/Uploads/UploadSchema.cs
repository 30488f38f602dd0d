using Cooperation.Grains.Uploads;
using Cooperation.Grains.Uploads.Commands;
using Cooperation.GraphQL.Reports;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
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

    /// <summary>Fields of the mutation root; the grain decides which side may act.</summary>
    public static void AddUploadMutations(this ObjectGraphType mutation)
    {
        Add<AnnounceUploadInput, AnnounceUploadInputType>(mutation, "announceUpload",
            "Annoncer une photo (type, taille, empreinte, article ou rapport) avant d'en envoyer les blocs. / Announce a photo (type, size, checksum, item or report) before sending its blocks.",
            (i, actor, upload) => upload.AnnounceAsync(new AnnounceUpload(i.ClientMutationId, actor, Target(i), i.ContentType, i.Size, i.Sha256)));
        Add<CommitUploadInput, CommitUploadInputType>(mutation, "commitUpload",
            "Terminer un envoi de photo dont tous les blocs sont arrivés. / Finish a photo upload whose blocks have all arrived.",
            (i, actor, upload) => upload.CommitAsync(new CommitUpload(i.ClientMutationId, actor)));
        Add<RestartUploadInput, RestartUploadInputType>(mutation, "restartUpload",
            "Recommencer un envoi de photo expiré ou mal parti. / Restart an expired or botched photo upload.",
            (i, actor, upload) => upload.RestartAsync(new RestartUpload(i.ClientMutationId, actor)));
    }

    /// <summary>Either a shipment and one of its items, or a report; the grain checks they belong to the partnership.</summary>
    private static UploadTarget Target(AnnounceUploadInput input) => (input.ShipmentId, input.ReportId) switch
    {
        ({ } shipmentId, null) when input.ItemId is { Length: > 0 } => new UploadTarget(UploadTargetKind.ShipmentItem, ShipmentLookup.Key(shipmentId), input.ItemId.Trim()),
        (null, { } reportId) when input.ItemId is null => new UploadTarget(UploadTargetKind.Report, ReportLookup.Key(reportId), null),
        _ => throw ApiErrors.Validation(
            "Donnez soit l'envoi et l'article photographié (shipmentId et itemId), soit le rapport (reportId).",
            "Give either the shipment and the photographed item (shipmentId and itemId), or the report (reportId)."),
    };

    /// <summary>Declares <c>name(input: NameInput!): NamePayload!</c> on an upload.</summary>
    private static void Add<TInput, TInputType>(
        ObjectGraphType mutation, string name, string description, Func<TInput, Actor, IUploadGrain, Task<Upload>> command)
        where TInput : UploadChangeInput
        where TInputType : IInputObjectGraphType
    {
        var payloadName = char.ToUpperInvariant(name[0]) + name[1..] + "Payload";
        mutation.Field(name, new NonNullGraphType(new UploadPayloadType(payloadName)))
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<TInput>("input");
                var key = UploadLookup.Key(input.PartnershipId, input.UploadId);
                var upload = await command(input, c.Actor(), c.Grains().GetGrain<IUploadGrain>(key));
                return new UploadPayload(input.ClientMutationId, upload);
            });
    }
}
