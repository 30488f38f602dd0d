namespace Cooperation.GraphQL.Uploads;

/// <summary>Fields every upload action carries.</summary>
public abstract class UploadChangeInputType<TInput> : InputObjectGraphType<TInput>
    where TInput : UploadChangeInput
{
    protected UploadChangeInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<StringGraphType>>("clientMutationId")
            .Description("Identifiant choisi par le client ; le renvoyer ne change rien. / Client-chosen id; sending it again changes nothing.");
        Field<NonNullGraphType<IdGraphType>>("partnershipId").Description("Partenariat (identifiant global ou lisible). / Partnership (global or readable id).");
        Field<NonNullGraphType<StringGraphType>>("uploadId")
            .Description("Identifiant de la photo choisi par le client (8 à 64 lettres, chiffres, _ ou -). / Client-chosen photo id (8 to 64 letters, digits, _ or -).");
    }
}

public sealed class AnnounceUploadInputType : UploadChangeInputType<AnnounceUploadInput>
{
    public AnnounceUploadInputType() : base("AnnounceUploadInput",
        "Annoncer une photo avant ses blocs : pour un article d'un envoi (Sud) ou pour un rapport (Nord) ; ou une pièce d'un dossier de candidature (Nord). / Announce a photo before its blocks: for a shipment item (South) or a report (North); or a piece of an application (North).")
    {
        Field<NonNullGraphType<StringGraphType>>("contentType").Description("image/jpeg, image/png ou image/webp ; application/pdf aussi pour une pièce de dossier. / image/jpeg, image/png or image/webp; application/pdf too for an application's piece.");
        Field<NonNullGraphType<IntGraphType>>("size").Description("Taille en octets : 1 Mio (1 048 576) au plus pour une photo, 8 Mio pour une pièce de dossier. / Size in bytes: at most 1 MiB (1,048,576) for a photo, 8 MiB for an application's piece.");
        Field<NonNullGraphType<StringGraphType>>("sha256").Description("Empreinte SHA-256 du fichier entier (64 chiffres hexadécimaux). / SHA-256 of the whole file (64 hex digits).");
        Field<IdGraphType>("shipmentId").Description("Envoi de l'article photographié (avec itemId). / Shipment of the photographed item (with itemId).");
        Field<StringGraphType>("itemId").Description("Article photographié (« i7 »). / Photographed item ('i7').");
        Field<IdGraphType>("reportId").Description("Ou : le rapport d'avancement que la photo illustre. / Or: the progress report the photo illustrates.");
        Field<IdGraphType>("applicationId")
            .Description("Ou : le dossier de candidature dont le fichier est une pièce (convention, délibération, lettre d'intention). / Or: the application the file is a piece of (convention, deliberation, letter of intent).");
        Field<IntGraphType>("ledgerYear")
            .Description("Ou : l'année du budget du partenariat dont le fichier justifie une opération (facture, avis de virement ; PDF admis). / Or: the year of the partnership's ledger whose transaction the file supports (invoice, transfer notice; PDF accepted).");
    }
}

public sealed class CommitUploadInputType : UploadChangeInputType<CommitUploadInput>
{
    public CommitUploadInputType() : base("CommitUploadInput",
        "Terminer l'envoi : la photo est assemblée puis vérifiée (empreinte, type). / Finish the upload: the photo is assembled, then checked (checksum, type).")
    {
    }
}

public sealed class RestartUploadInputType : UploadChangeInputType<RestartUploadInput>
{
    public RestartUploadInputType() : base("RestartUploadInput",
        "Recommencer l'envoi : les blocs reçus sont effacés et une nouvelle fenêtre de 7 jours s'ouvre. / Restart the upload: blocks received are dropped and a new 7-day window opens.")
    {
    }
}
