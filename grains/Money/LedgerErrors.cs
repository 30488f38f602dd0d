namespace Cooperation.Grains.Money;

/// <summary>
/// Every refusal a ledger can give, worded once, French first. Bad input carries a code of its own (in
/// <c>extensions.code</c>), so a form can point at the field at fault.
/// </summary>
public static class LedgerErrors
{
    public const string NegativeAmount = "NEGATIVE_AMOUNT";
    public const string ZeroAmount = "ZERO_AMOUNT";
    public const string AmountTooPrecise = "AMOUNT_TOO_PRECISE";
    public const string AmountTooLarge = "AMOUNT_TOO_LARGE";
    public const string UnknownCurrency = "UNKNOWN_CURRENCY";
    public const string InvalidRate = "INVALID_RATE";
    public const string YearOutOfRange = "YEAR_OUT_OF_RANGE";
    public const string DateOutsideYear = "DATE_OUTSIDE_YEAR";
    public const string FunderNameRequired = "FUNDER_NAME_REQUIRED";
    public const string UnknownFunder = "UNKNOWN_FUNDER";
    public const string UnknownKind = "UNKNOWN_TRANSACTION_KIND";
    public const string NotFundsReceived = "NOT_FUNDS_RECEIVED";

    public static DomainException Invalid(string? reason, string messageFr, string messageEn) =>
        new(DomainErrorCode.Validation, messageFr, messageEn, reason);

    public static DomainException InvalidKey(string key) => new(
        DomainErrorCode.Validation,
        $"« {key} » ne peut pas identifier un budget (attendu : partenariat/année).",
        $"'{key}' cannot identify a ledger (expected: partnership/year).");

    public static DomainException Year(int year) => Invalid(YearOutOfRange,
        $"L'année {year} est hors de la période admise ({LedgerRules.FirstYear} – {LedgerRules.LastYear}).",
        $"Year {year} is outside the accepted range ({LedgerRules.FirstYear}–{LedgerRules.LastYear}).");

    // Worded the same whether or not the ledger or the partnership exists.
    public static DomainException Forbidden() => new(
        DomainErrorCode.Forbidden,
        "Vous n'avez pas accès au budget de ce partenariat.",
        "You have no access to this partnership's budget.");

    public static DomainException ForbiddenEntry() => new(
        DomainErrorCode.Forbidden,
        "Seuls les agents de la collectivité du Nord (ou un administrateur) saisissent et corrigent le budget et les opérations.",
        "Only the North authority's staff (or an administrator) enter and correct the budget and the transactions.");

    public static DomainException ForbiddenConfirmation() => new(
        DomainErrorCode.Forbidden,
        "Seuls les agents du partenaire du Sud (ou un administrateur) confirment la réception des fonds.",
        "Only the South partner's agents (or an administrator) confirm that funds were received.");

    public static DomainException UnknownLine(string key, string id) => new(
        DomainErrorCode.NotFound,
        $"Le budget « {key} » n'a pas de ligne « {id} ».",
        $"Ledger '{key}' has no budget line '{id}'.");

    public static DomainException UnknownTransaction(string key, string id) => new(
        DomainErrorCode.NotFound,
        $"Le budget « {key} » n'a pas d'opération « {id} ».",
        $"Ledger '{key}' has no transaction '{id}'.");

    public static DomainException NotReceivable(string id) => Invalid(NotFundsReceived,
        $"L'opération « {id} » n'est pas une réception de fonds : seule une réception se confirme.",
        $"Transaction '{id}' is not funds received: only funds received are confirmed.");

    public static DomainException StaleVersion(string key, long expected, long actual) => new(
        DomainErrorCode.Conflict,
        $"Le budget « {key} » a été modifié entre-temps (version {actual}, vous modifiiez la version {expected}). Rechargez-le puis recommencez.",
        $"Ledger '{key}' was changed meanwhile (version {actual}; you were editing version {expected}). Reload it and try again.");

    public static DomainException TooMany(string whatFr, string whatEn, int max) => Invalid("TOO_MANY",
        $"Un budget annuel compte au plus {max} {whatFr}.",
        $"A year's ledger holds at most {max} {whatEn}.");
}
