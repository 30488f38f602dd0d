namespace Cooperation.Grains.Shipments;

/// <summary>Every refusal a shipment can give, worded once, French first.</summary>
public static class ShipmentErrors
{
    public static DomainException Invalid(string messageFr, string messageEn) =>
        new(DomainErrorCode.Validation, messageFr, messageEn);

    // Worded the same whether or not the shipment exists: a refusal must not tell outsiders what is there.
    public static DomainException Forbidden() => new(
        DomainErrorCode.Forbidden,
        "Vous n'avez pas accès aux envois de ce partenariat.",
        "You have no access to this partnership's shipments.");

    public static DomainException NorthOnly() => new(
        DomainErrorCode.Forbidden,
        "Seuls le personnel du Nord et les administrateurs préparent, expédient et rapprochent un envoi.",
        "Only North staff and administrators prepare, ship and reconcile a shipment.");

    public static DomainException SouthOnly() => new(
        DomainErrorCode.Forbidden,
        "Seuls les agents du Sud et les administrateurs confirment la réception d'un envoi.",
        "Only South agents and administrators confirm the receipt of a shipment.");

    public static DomainException SidesOnly() => new(
        DomainErrorCode.Forbidden,
        "Seuls les membres du Nord ou du Sud du partenariat consignent la vie d'un matériel.",
        "Only North or South members of the partnership record an item's life.");

    public static DomainException UnknownShipment(string key) => new(
        DomainErrorCode.NotFound,
        $"Envoi inconnu : « {key} ».",
        $"Unknown shipment: '{key}'.");

    public static DomainException InvalidKey(string key) => new(
        DomainErrorCode.Validation,
        $"« {key} » ne peut pas identifier un envoi.",
        $"'{key}' cannot identify a shipment.");

    public static DomainException AlreadyReceived(StatusChange received) => new(
        DomainErrorCode.Conflict,
        $"Cet envoi a déjà été reçu le {ShipmentWords.French(received.At)} par {received.By.DisplayName}.",
        $"This shipment was already received on {ShipmentWords.English(received.At)} by {received.By.DisplayName}.");

    /// <param name="attemptedFr">What was tried, as an infinitive ("le marquer expédié").</param>
    /// <param name="attemptedEn">The same in English ("mark it shipped").</param>
    public static DomainException IllegalStatusChange(ShipmentStatus from, string attemptedFr, string attemptedEn) => new(
        DomainErrorCode.Validation,
        $"L'envoi est {ShipmentStatusNames.French(from)} : impossible de {attemptedFr}.",
        $"The shipment is {ShipmentStatusNames.English(from)}: cannot {attemptedEn}.");

    public static DomainException UnknownItem(string itemId) => Invalid(
        $"Cet envoi n'a pas d'article « {itemId} ».",
        $"This shipment has no item '{itemId}'.");

    public static DomainException UnknownBox(string boxId) => Invalid(
        $"Cet envoi n'a pas de carton « {boxId} ».",
        $"This shipment has no box '{boxId}'.");

    public static DomainException ReasonRequired(string subject, ReceiptVerdict verdict) => Invalid(
        $"Indiquez la raison pour « {subject} » marqué {ReceiptVerdictNames.French(verdict)}.",
        $"Give the reason why '{subject}' is {ReceiptVerdictNames.English(verdict)}.");

    public static DomainException ItemNotReceived(string itemId) => Invalid(
        $"L'article « {itemId} » n'a pas encore été réceptionné : sa vie sur site commence après la réception.",
        $"Item '{itemId}' has not been received yet: its life on site starts after receipt.");

    // A conflict, not a validation error: the event is well formed but contradicts what the receiver recorded (the
    // South agent owns the verdict), typically an offline phone that had not yet seen the verdict.
    public static DomainException ItemMissing(string itemId, ItemVerdict verdict) => new(
        DomainErrorCode.Conflict,
        $"L'article « {itemId} » a été déclaré manquant à la réception par {verdict.By.DisplayName} le {ShipmentWords.French(verdict.At)} : il ne peut être ni installé ni vu sur site.",
        $"Item '{itemId}' was declared missing on receipt by {verdict.By.DisplayName} on {ShipmentWords.English(verdict.At)}: it can be neither installed nor seen on site.");
}
