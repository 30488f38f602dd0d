namespace Cooperation.Grains.Missions;

/// <summary>Every refusal a mission can give, worded once, French first.</summary>
public static class MissionErrors
{
    public static DomainException UnknownMission(string key) => new(
        DomainErrorCode.NotFound,
        $"Mission inconnue : « {key} ».",
        $"Unknown mission: '{key}'.");

    public static DomainException Invalid(string messageFr, string messageEn) =>
        new(DomainErrorCode.Validation, messageFr, messageEn);

    public static DomainException InvalidKey(string key) => new(
        DomainErrorCode.Validation,
        $"« {key} » ne peut pas identifier une mission (attendu : partenariat/12 chiffres hexadécimaux).",
        $"'{key}' cannot identify a mission (expected: partnership/12 hexadecimal digits).");

    // Worded the same whether or not the mission or the partnership exists.
    public static DomainException Forbidden() => new(
        DomainErrorCode.Forbidden,
        "Vous n'avez pas accès aux missions de ce partenariat pour cette action.",
        "You have no access to this partnership's missions for this action.");

    public static DomainException ForbiddenPlanning() => new(
        DomainErrorCode.Forbidden,
        "Seuls les agents de la collectivité du Nord (ou un administrateur) planifient, modifient, démarrent, annulent une mission et en déposent le compte rendu.",
        "Only the North authority's staff (or an administrator) plan, edit, start or cancel a mission and file its report.");

    public static DomainException ForbiddenComment() => new(
        DomainErrorCode.Forbidden,
        "Seuls les agents du partenaire du Sud (ou un administrateur) commentent une mission ; les troisièmes partenaires la lisent.",
        "Only the South partner's agents (or an administrator) comment on a mission; third partners read it.");

    public static DomainException AlreadyExists(string key) => new(
        DomainErrorCode.Conflict,
        $"La mission « {key} » existe déjà.",
        $"Mission '{key}' already exists.");

    public static DomainException StaleVersion(string title, long expected, long actual) => new(
        DomainErrorCode.Conflict,
        $"La mission « {title} » a été modifiée entre-temps (version {actual}, vous modifiiez la version {expected}). Rechargez-la puis recommencez.",
        $"Mission '{title}' was changed meanwhile (version {actual}; you were editing version {expected}). Reload it and try again.");

    /// <param name="attemptedFr">What was tried, as an infinitive ("la démarrer").</param>
    /// <param name="attemptedEn">The same in English ("start it").</param>
    /// <param name="hintFr">What would make it possible, or empty.</param>
    public static DomainException IllegalStatusChange(
        string title, MissionStatus from, string attemptedFr, string attemptedEn, string hintFr = "", string hintEn = "") => new(
        DomainErrorCode.Validation,
        $"La mission « {title} » est {MissionStatusNames.French(from)} : impossible de {attemptedFr}.{(hintFr.Length > 0 ? " " + hintFr : "")}",
        $"Mission '{title}' is {MissionStatusNames.English(from)}: cannot {attemptedEn}.{(hintEn.Length > 0 ? " " + hintEn : "")}");

    public static DomainException UnknownReportVersion(string title, int number, int count) => new(
        DomainErrorCode.NotFound,
        $"La mission « {title} » n'a pas de version {number} du compte rendu ({count} version(s) déposée(s)).",
        $"Mission '{title}' has no report version {number} ({count} version(s) filed).");
}
