namespace Cooperation.Grains.Reports;

/// <summary>Every refusal a report can give, worded once, French first.</summary>
public static class ReportErrors
{
    public static DomainException UnknownReport(string key) => new(
        DomainErrorCode.NotFound,
        $"Rapport d'avancement inconnu : « {key} ».",
        $"Unknown progress report: '{key}'.");

    public static DomainException Invalid(string messageFr, string messageEn) =>
        new(DomainErrorCode.Validation, messageFr, messageEn);

    public static DomainException InvalidKey(string key) => new(
        DomainErrorCode.Validation,
        $"« {key} » ne peut pas identifier un rapport d'avancement (attendu : partenariat/AAAA-MM-JJ_AAAA-MM-JJ).",
        $"'{key}' cannot identify a progress report (expected: partnership/YYYY-MM-DD_YYYY-MM-DD).");

    // Worded the same whether or not the report or the partnership exists.
    public static DomainException Forbidden() => new(
        DomainErrorCode.Forbidden,
        "Vous n'avez pas accès aux rapports d'avancement de ce partenariat pour cette action.",
        "You have no access to this partnership's progress reports for this action.");

    public static DomainException ForbiddenWrite() => new(
        DomainErrorCode.Forbidden,
        "Seuls les agents de la collectivité du Nord (ou un administrateur) rédigent et soumettent les rapports d'avancement.",
        "Only the North authority's staff (or an administrator) write and submit progress reports.");

    public static DomainException ForbiddenReview() => new(
        DomainErrorCode.Forbidden,
        "Seuls les agents du partenaire du Sud (ou un administrateur) prennent en compte ou renvoient un rapport d'avancement.",
        "Only the South partner's agents (or an administrator) acknowledge or return a progress report.");

    public static DomainException AlreadyExists(string key) => new(
        DomainErrorCode.Conflict,
        $"Un rapport d'avancement existe déjà pour cette période (« {key} ») : modifiez-le plutôt que d'en créer un second.",
        $"A progress report already exists for this period ('{key}'): edit it instead of creating a second one.");

    public static DomainException StaleRevision(string key, int expected, long actual) => new(
        DomainErrorCode.Conflict,
        $"Le rapport « {key} » a été modifié entre-temps (révision {actual}, vous modifiiez la révision {expected}). Rechargez-le puis recommencez.",
        $"Report '{key}' was changed meanwhile (revision {actual}; you were editing revision {expected}). Reload it and try again.");

    /// <summary>A submitted version is frozen: only a return opens a new draft.</summary>
    public static DomainException Frozen(string key, ReportStatus status, int version) => new(
        DomainErrorCode.Validation,
        $"Le rapport « {key} » est {ReportStatusNames.French(status)} (version {version}) : une version soumise ne se modifie plus. " +
        "Seul un rapport renvoyé pour modifications par le partenaire du Sud ouvre un nouveau brouillon.",
        $"Report '{key}' is {ReportStatusNames.English(status)} (version {version}): a submitted version cannot be changed. " +
        "Only a report returned for changes by the South partner opens a new draft.");

    /// <param name="attemptedFr">What was tried, as an infinitive ("le soumettre").</param>
    /// <param name="attemptedEn">The same in English ("submit it").</param>
    public static DomainException IllegalStatusChange(string key, ReportStatus from, string attemptedFr, string attemptedEn) => new(
        DomainErrorCode.Validation,
        $"Le rapport « {key} » est {ReportStatusNames.French(from)} : impossible de {attemptedFr}.",
        $"Report '{key}' is {ReportStatusNames.English(from)}: cannot {attemptedEn}.");

    public static DomainException UnknownVersion(string key, int number, int count) => new(
        DomainErrorCode.NotFound,
        $"Le rapport « {key} » n'a pas de version {number} ({count} version(s) soumise(s)).",
        $"Report '{key}' has no version {number} ({count} submitted version(s)).");
}
