using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Funding.Reviews;

namespace Cooperation.Grains.Funding;

/// <summary>Every refusal of the fund's calls, applications and reviews, worded once, French first.</summary>
public static class FundErrors
{
    public static DomainException Invalid(string messageFr, string messageEn) => new(DomainErrorCode.Validation, messageFr, messageEn);

    public static DomainException UnknownCall(string code) => new(
        DomainErrorCode.NotFound,
        $"Appel à projets inconnu : « {code} ».",
        $"Unknown call for projects: '{code}'.");

    public static DomainException InvalidCallCode(string code) => new(
        DomainErrorCode.Validation,
        $"« {code} » ne peut pas identifier un appel à projets (attendu : minuscules, chiffres et « - », ex. « fsn-2026 »).",
        $"'{code}' cannot identify a call for projects (expected: lowercase letters, digits and '-', e.g. 'fsn-2026').");

    public static DomainException CallExists(string code) => new(
        DomainErrorCode.Conflict,
        $"L'appel à projets « {code} » existe déjà : modifiez-le plutôt que d'en ouvrir un second.",
        $"Call for projects '{code}' already exists: edit it instead of opening a second one.");

    public static DomainException CallClosed(string code, DateTimeOffset deadline) => new(
        DomainErrorCode.Validation,
        $"L'appel à projets « {code} » est clos depuis le {deadline:yyyy-MM-dd HH:mm} UTC : il ne reçoit plus de nouveaux dossiers.",
        $"Call for projects '{code}' closed on {deadline:yyyy-MM-dd HH:mm} UTC: it takes no new files.");

    public static DomainException RubricLocked(string code) => new(
        DomainErrorCode.Conflict,
        $"L'appel à projets « {code} » a déjà des instructeurs désignés : sa grille, ses pièces exigées et l'évaluation à l'aveugle ne changent plus.",
        $"Call for projects '{code}' already has reviewers assigned: its rubric, required pieces and blind review no longer change.");

    public static DomainException ForbiddenManage() => new(
        DomainErrorCode.Forbidden,
        "Seuls les gestionnaires du Fonds (ou un administrateur) font ceci.",
        "Only the fund's managers (or an administrator) do this.");

    public static DomainException ForbiddenApply() => new(
        DomainErrorCode.Forbidden,
        "Seuls les agents de la collectivité française du partenariat (ou un administrateur) rédigent et déposent son dossier.",
        "Only the partnership's French authority staff (or an administrator) write and file its application.");

    // Worded the same whether or not the application exists.
    public static DomainException ForbiddenRead() => new(
        DomainErrorCode.Forbidden,
        "Vous n'avez pas accès à ce dossier de candidature.",
        "You have no access to this application.");

    public static DomainException ForbiddenReview() => new(
        DomainErrorCode.Forbidden,
        "Seul un instructeur désigné sur ce dossier (et qui ne s'est pas déporté) l'évalue.",
        "Only a reviewer assigned to this application (who has not recused) reviews it.");

    public static DomainException UnknownApplication(string key) => new(
        DomainErrorCode.NotFound,
        $"Dossier de candidature inconnu : « {key} ».",
        $"Unknown application: '{key}'.");

    public static DomainException InvalidApplicationKey(string key) => new(
        DomainErrorCode.Validation,
        $"« {key} » ne peut pas identifier un dossier de candidature (attendu : appel/numéro).",
        $"'{key}' cannot identify an application (expected: call/number).");

    public static DomainException ApplicationExists(string key) => new(
        DomainErrorCode.Conflict,
        $"Ce partenariat a déjà un dossier pour cet appel (« {key} ») : modifiez-le plutôt que d'en ouvrir un second.",
        $"This partnership already has an application to this call ('{key}'): edit it instead of opening a second one.");

    public static DomainException StaleRevision(string key, int expected, long actual) => new(
        DomainErrorCode.Conflict,
        $"Le dossier « {key} » a été modifié entre-temps (révision {actual}, vous modifiiez la révision {expected}). Rechargez-le puis recommencez.",
        $"Application '{key}' was changed meanwhile (revision {actual}; you were editing revision {expected}). Reload it and try again.");

    public static DomainException Frozen(string key, ApplicationStatus status, int version) => new(
        DomainErrorCode.Validation,
        $"Le dossier « {key} » est {ApplicationStatusNames.French(status)} (version {version}) : une version déposée ne se modifie plus. " +
        "Seul un dossier renvoyé pour compléments par les gestionnaires ouvre un nouveau brouillon.",
        $"Application '{key}' is {ApplicationStatusNames.English(status)} (version {version}): a filed version cannot be changed. " +
        "Only an application returned for completion by the managers opens a new draft.");

    /// <param name="attemptedFr">What was tried, as an infinitive ("l'accorder").</param>
    public static DomainException IllegalStatusChange(string key, ApplicationStatus from, string attemptedFr, string attemptedEn) => new(
        DomainErrorCode.Validation,
        $"Le dossier « {key} » est {ApplicationStatusNames.French(from)} : impossible de {attemptedFr}.",
        $"Application '{key}' is {ApplicationStatusNames.English(from)}: cannot {attemptedEn}.");

    public static DomainException ChecklistIncomplete(IEnumerable<ChecklistItem> missing)
    {
        var items = missing.ToList();
        return new DomainException(
            DomainErrorCode.Validation,
            "Le dossier est incomplet et ne peut pas être déposé : " + string.Join(" ; ", items.Select(i => i.MessageFr)) + ".",
            "The application is incomplete and cannot be filed: " + string.Join("; ", items.Select(i => i.MessageEn)) + ".");
    }

    public static DomainException UnknownVersion(string key, int number, int count) => new(
        DomainErrorCode.NotFound,
        $"Le dossier « {key} » n'a pas de version {number} ({count} version(s) déposée(s)).",
        $"Application '{key}' has no version {number} ({count} filed version(s)).");

    public static DomainException NotAReviewer(string email) => new(
        DomainErrorCode.Validation,
        $"« {email} » n'est pas un instructeur actif du Fonds : seul un compte actif avec le rôle d'instructeur peut être désigné.",
        $"'{email}' is not an active fund reviewer: only an active account with the reviewer role can be assigned.");

    public static DomainException AlreadyAssigned(string name) => new(
        DomainErrorCode.Conflict,
        $"{name} est déjà désigné(e) sur ce dossier.",
        $"{name} is already assigned to this application.");

    public static DomainException ConflictDetected(string name, IReadOnlyList<PossibleConflict> conflicts) => new(
        DomainErrorCode.Conflict,
        $"Conflit d'intérêts possible : {name} est {string.Join(" ; ", conflicts.Select(c => c.ReasonFr))}. " +
        "Désignez un autre instructeur, ou passez outre en motivant votre décision (overrideReason).",
        $"Possible conflict of interest: {name} is {string.Join("; ", conflicts.Select(c => c.ReasonEn))}. " +
        "Assign another reviewer, or override with a stated reason (overrideReason).");

    public static DomainException OverrideWithoutConflict() => new(
        DomainErrorCode.Validation,
        "Aucun conflit d'intérêts n'est détecté pour cet instructeur : ne donnez pas de motif de dérogation.",
        "No conflict of interest is detected for this reviewer: give no override reason.");

    public static DomainException Recused() => new(
        DomainErrorCode.Validation,
        "Vous vous êtes déporté(e) de ce dossier : vous ne l'évaluez plus.",
        "You recused yourself from this application: you no longer review it.");

    public static DomainException ReviewSubmitted() => new(
        DomainErrorCode.Validation,
        "Votre évaluation de ce dossier est déjà transmise : ses notes ne changent plus.",
        "Your review of this application was already submitted: its scores no longer change.");

    public static DomainException UnknownCriterion(string key, IEnumerable<string> known) => new(
        DomainErrorCode.Validation,
        $"Critère inconnu « {key} » (critères de l'appel : {string.Join(", ", known)}).",
        $"Unknown criterion '{key}' (the call's criteria: {string.Join(", ", known)}).");

    public static DomainException ScoreOutOfScale(string key, int score, int min, int max) => new(
        DomainErrorCode.Validation,
        $"Critère « {key} » : la note {score} sort de l'échelle {min}–{max}.",
        $"Criterion '{key}': score {score} is outside the scale {min}–{max}.");

    public static DomainException BadCitation(int rank, string problem) => new(
        DomainErrorCode.Validation,
        $"Citation n° {rank} : {problem}",
        $"Citation #{rank}: {problem}");

    public static DomainException ReviewIncomplete(IEnumerable<string> missing) => new(
        DomainErrorCode.Validation,
        $"Notez chaque critère avant de transmettre votre évaluation (manquants : {string.Join(", ", missing)}).",
        $"Score every criterion before submitting your review (missing: {string.Join(", ", missing)}).");

    public static DomainException GrantOverRequested(decimal amount, decimal requested) => new(
        DomainErrorCode.Validation,
        $"Le montant accordé ({amount:0.##} €) dépasse le montant demandé ({requested:0.##} €).",
        $"The granted amount (EUR {amount:0.##}) is more than the requested amount (EUR {requested:0.##}).");
}
