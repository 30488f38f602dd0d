namespace Cooperation.Grains.Uploads;

/// <summary>Every refusal an upload can give, worded once, French first.</summary>
public static class UploadErrors
{
    public static DomainException Invalid(string messageFr, string messageEn) =>
        new(DomainErrorCode.Validation, messageFr, messageEn);

    public static DomainException InvalidKey(string key) => Invalid(
        $"« {key} » ne peut pas identifier un envoi de photo (identifiant : 8 à 64 lettres, chiffres, « _ » ou « - »).",
        $"'{key}' cannot identify a photo upload (id: 8 to 64 letters, digits, '_' or '-').");

    // Worded the same whether or not the upload exists: a refusal must not tell outsiders what is there.
    public static DomainException Forbidden() => new(
        DomainErrorCode.Forbidden,
        "Vous n'avez pas accès aux photos de ce partenariat.",
        "You have no access to this partnership's photos.");

    public static DomainException SouthOnly() => new(
        DomainErrorCode.Forbidden,
        "Seuls les agents du Sud et les administrateurs envoient les photos de réception d'un envoi.",
        "Only South agents and administrators upload the receipt photos of a shipment.");

    public static DomainException NorthOnly() => new(
        DomainErrorCode.Forbidden,
        "Seuls le personnel du Nord et les administrateurs joignent des photos aux rapports d'avancement.",
        "Only North staff and administrators attach photos to progress reports.");

    public static DomainException WrongTarget() => Invalid(
        "Un fichier appartient à un article d'un envoi (envoi et article), à un rapport d'avancement ou à un dossier de candidature, du même partenariat.",
        "A file belongs to an item of a shipment (shipment and item), to a progress report or to an application, of the same partnership.");

    public static DomainException ApplicantOnly() => new(
        DomainErrorCode.Forbidden,
        "Seuls le personnel du Nord du partenariat candidat et les administrateurs joignent les pièces d'un dossier de candidature.",
        "Only the applicant partnership's North staff and administrators attach the pieces of an application.");

    public static DomainException UnknownUpload(string key) => new(
        DomainErrorCode.NotFound,
        $"Envoi de photo inconnu : « {key} ». Annoncez-le d'abord (announceUpload).",
        $"Unknown photo upload: '{key}'. Announce it first (announceUpload).");

    public static DomainException NotCommitted(string key) => new(
        DomainErrorCode.NotFound,
        $"La photo « {key} » n'est pas encore complète : elle se lit une fois tous ses blocs reçus et validés.",
        $"Photo '{key}' is not complete yet: it can be read once all its blocks arrived and were committed.");

    public static DomainException UnknownItem(string itemId) => new(
        DomainErrorCode.NotFound,
        $"Cet envoi n'a pas d'article « {itemId} ».",
        $"This shipment has no item '{itemId}'.");

    public static DomainException AnnouncedDifferently(string key) => new(
        DomainErrorCode.Conflict,
        $"La photo « {key} » a déjà été annoncée avec une autre taille, un autre type, une autre empreinte ou pour autre chose. Choisissez un nouvel identifiant de photo.",
        $"Photo '{key}' was already announced with another size, type, checksum or target. Choose a new photo id.");

    public static DomainException Expired(string key, DateTimeOffset expiredAt) => new(
        DomainErrorCode.Conflict,
        $"L'envoi de la photo « {key} » a expiré le {expiredAt:yyyy-MM-dd HH:mm} UTC (7 jours sans être terminé) et ses blocs ont été effacés : recommencez-le (restartUpload) puis renvoyez tous les blocs.",
        $"The upload of photo '{key}' expired on {expiredAt:yyyy-MM-dd HH:mm} UTC (7 days without being finished) and its blocks were deleted: restart it (restartUpload), then send every block again.");

    public static DomainException AlreadyCommitted(string key) => new(
        DomainErrorCode.Conflict,
        $"La photo « {key} » est déjà complète ; une photo enregistrée ne change plus.",
        $"Photo '{key}' is already complete; a stored photo never changes.");

    public static DomainException BlockOutOfRange(int index, int blockCount) => Invalid(
        $"Bloc {index} hors limites : cette photo compte {blockCount} bloc(s), numérotés de 0 à {blockCount - 1}.",
        $"Block {index} out of range: this photo has {blockCount} block(s), numbered 0 to {blockCount - 1}.");

    public static DomainException WrongBlockLength(int index, int expected, int actual) => Invalid(
        $"Le bloc {index} doit faire exactement {expected} octets (reçu : {actual}) ; chaque bloc fait {UploadRules.BlockSize} octets, sauf le dernier qui contient le reste.",
        $"Block {index} must be exactly {expected} bytes (got {actual}); every block is {UploadRules.BlockSize} bytes except the last, which holds the rest.");

    public static DomainException BlocksMissing(IReadOnlyList<int> missing) => Invalid(
        $"Il manque {missing.Count} bloc(s) : {string.Join(", ", missing)}. Envoyez-les puis terminez à nouveau.",
        $"{missing.Count} block(s) missing: {string.Join(", ", missing)}. Send them, then commit again.");

    public static DomainException ChecksumMismatch(string announced, string actual) => Invalid(
        $"L'empreinte SHA-256 de la photo reçue ({actual}) ne correspond pas à celle annoncée ({announced}) : rien n'a été enregistré. Renvoyez tous les blocs puis terminez à nouveau.",
        $"The SHA-256 checksum of the received photo ({actual}) does not match the announced one ({announced}): nothing was stored. Send every block again, then commit again.");

    public static DomainException NotThatType(string contentType) => Invalid(
        $"Le fichier reçu n'est pas {Format(contentType).Fr} comme annoncé (ses premiers octets ne correspondent pas) : rien n'a été enregistré.",
        $"The received file is not {Format(contentType).En} as announced (its first bytes do not match): nothing was stored.");

    private static (string Fr, string En) Format(string contentType) => contentType switch
    {
        "image/jpeg" => ("une image JPEG", "a JPEG image"),
        "image/png" => ("une image PNG", "a PNG image"),
        "application/pdf" => ("un document PDF", "a PDF document"),
        _ => ("une image WebP", "a WebP image"),
    };
}
