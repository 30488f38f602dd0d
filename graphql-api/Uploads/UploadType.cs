using Cooperation.Grains.Uploads;
using Cooperation.GraphQL.Funding;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Reports;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Shipments;

namespace Cooperation.GraphQL.Uploads;

/// <summary>A resumable photo upload: what was announced and which blocks blob storage still lacks.</summary>
public sealed class UploadType : ObjectGraphType<Upload>
{
    public UploadType()
    {
        Name = UploadLookup.TypeName;
        Description = "Envoi d'une photo par blocs de 32 Ko (PUT /uploads/{partenariat}/{photo}/blocks/{n}), reprenable après une coupure. / A photo sent in 32 KB blocks (PUT /uploads/{partnership}/{upload}/blocks/{n}), resumable after a drop.";

        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => UploadLookup.GlobalIdOf(c.Source.Key));
        this.AddPartnershipId(u => u.PartnershipSlug);
        Field(u => u.UploadId).Description("Identifiant choisi par le client, cité par le verdict. / Client-chosen id, the one a verdict cites.");
        Field<NonNullGraphType<UploadStatusType>>("status").Resolve(c => c.Source.Status);
        Field(u => u.ContentType).Description("image/jpeg, image/png, image/webp, ou application/pdf pour une pièce de dossier. / image/jpeg, image/png, image/webp, or application/pdf for an application's piece.");
        Field<NonNullGraphType<IntGraphType>>("size").Description("Taille en octets. / Size in bytes.").Resolve(c => (int)c.Source.Size);
        Field(u => u.Sha256).Description("Empreinte SHA-256 annoncée (hexadécimal). / Announced SHA-256 (hexadecimal).");
        Field(u => u.BlockSize).Description("Taille d'un bloc (32 768 octets ; le dernier contient le reste). / Block size (32,768 bytes; the last one holds the rest).");
        Field(u => u.BlockCount).Description("Nombre de blocs. / Number of blocks.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("missingBlocks")
            .Description("Blocs encore à envoyer, demandés au stockage lui-même ; vide une fois enregistrée. / Blocks still to send, asked of the storage itself; empty once committed.")
            .Resolve(c => c.Source.MissingBlocks);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeOffsetGraphType>("expiresAt")
            .Description("Fin de la fenêtre de 7 jours de l'envoi en cours (UTC) ; vide une fois enregistrée. / End of the current attempt's 7-day window (UTC); empty once committed.")
            .Resolve(c => c.Source.ExpiresAt);
        Field<DateTimeOffsetGraphType>("committedAt").Resolve(c => c.Source.CommittedAt);
        Field<IdGraphType>("shipmentId").Description("Envoi de l'article photographié. / Shipment of the photographed item.")
            .Resolve(c => c.Source.Target.Kind == UploadTargetKind.ShipmentItem ? ShipmentLookup.GlobalIdOf(c.Source.Target.Key) : null);
        Field<StringGraphType>("itemId").Description("Article photographié (« i7 »). / Photographed item ('i7').").Resolve(c => c.Source.Target.ItemId);
        Field<IdGraphType>("reportId").Description("Rapport d'avancement illustré. / Progress report the photo illustrates.")
            .Resolve(c => c.Source.Target.Kind == UploadTargetKind.Report ? ReportLookup.GlobalIdOf(c.Source.Target.Key) : null);
        Field<IdGraphType>("applicationId").Description("Dossier de candidature dont le fichier est une pièce. / Application the file is a piece of.")
            .Resolve(c => c.Source.Target.Kind == UploadTargetKind.FundApplication ? FundLookup.ApplicationIdOf(c.Source.Target.Key) : null);
        Field<NonNullGraphType<StringGraphType>>("url")
            .Description("Chemin de la photo enregistrée (GET), et de ses blocs (PUT …/blocks/{n}). / Path of the committed photo (GET), and of its blocks (PUT …/blocks/{n}).")
            .Resolve(c => UploadLookup.PathOf(c.Source.PartnershipSlug, c.Source.UploadId));
        this.FieldsGuardedByParent();
    }
}
