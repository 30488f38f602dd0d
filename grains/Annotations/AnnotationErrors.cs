namespace Cooperation.Grains.Annotations;

/// <summary>Every refusal an annotation can give, worded once, French first.</summary>
public static class AnnotationErrors
{
    public static DomainException Invalid(string messageFr, string messageEn) => new(DomainErrorCode.Validation, messageFr, messageEn);

    public static DomainException InvalidKey(string key) => new(
        DomainErrorCode.Validation,
        $"« {key} » ne désigne pas un document annotable (attendu : report/…, mission/… ou application/…).",
        $"'{key}' does not name an annotatable document (expected: report/…, mission/… or application/…).");

    /// <summary>Worded the same whether or not the annotation exists: an annotation one may not read is not there for her.</summary>
    public static DomainException UnknownAnnotation(string id) => new(
        DomainErrorCode.NotFound,
        $"Annotation inconnue : « {id} ».",
        $"Unknown annotation: '{id}'.");

    /// <summary>
    /// A thread cursor that is malformed, or names no thread the reader is shown on that version: worded alike, so that
    /// a cursor taken from someone who reads a private thread tells nothing of it.
    /// </summary>
    public static DomainException UnknownCursor() => new(
        DomainErrorCode.Validation,
        "Curseur de pagination invalide : il ne désigne aucun fil d'annotations que vous lisez sur cette version.",
        "Invalid pagination cursor: it names no annotation thread you read on this version.");

    public static DomainException Forbidden() => new(
        DomainErrorCode.Forbidden,
        "Vous n'avez pas accès aux annotations de ce partenariat.",
        "You have no access to this partnership's annotations.");

    public static DomainException ForbiddenWrite() => new(
        DomainErrorCode.Forbidden,
        "Seuls les membres du partenariat (Nord, Sud ou troisième partenaire) annotent ses documents.",
        "Only the partnership's members (North, South or third partner) annotate its documents.");

    /// <summary>Worded alike for the applicant's staff, a reviewer not (or no longer) on the file, and anyone else.</summary>
    public static DomainException ForbiddenApplication() => new(
        DomainErrorCode.Forbidden,
        "Seuls les gestionnaires du Fonds et les instructeurs désignés sur ce dossier (non déportés) lisent et écrivent ses annotations ; le partenariat candidat n'y a pas accès.",
        "Only the fund's managers and the reviewers assigned to this application (not recused) read and write its annotations; the applicant partnership has no access to them.");

    public static DomainException NotTheCreator() => new(
        DomainErrorCode.Forbidden,
        "Seule la personne qui a écrit une annotation la modifie ou la supprime.",
        "Only the person who wrote an annotation edits or deletes it.");

    public static DomainException AlreadyExists(string id) => new(
        DomainErrorCode.Conflict,
        $"L'annotation « {id} » existe déjà dans ce document : choisissez un autre identifiant.",
        $"Annotation '{id}' already exists in this document: choose another id.");

    public static DomainException Deleted(string id) => new(
        DomainErrorCode.Validation,
        $"L'annotation « {id} » a été supprimée : elle ne se modifie plus et on n'y répond plus.",
        $"Annotation '{id}' was deleted: it can no longer be edited or replied to.");

    public static DomainException NoTeam() => new(
        DomainErrorCode.Validation,
        "Vous n'appartenez à aucune équipe de recherche : choisissez la visibilité « privée » ou « partenariat ».",
        "You belong to no research team: choose the 'private' or 'partnership' visibility.");

    public static DomainException Full(int max) => new(
        DomainErrorCode.Validation,
        $"Ce document porte déjà {max} annotations, le maximum.",
        $"This document already carries {max} annotations, the most it may.");

    /// <summary>A selector that does not point at the text of the version (<see cref="TextAnchoring.Anchor"/>'s reason).</summary>
    public static DomainException BadSelector(string problem) => new(
        DomainErrorCode.Validation,
        problem.Split(" / ")[0],
        problem.Contains(" / ", StringComparison.Ordinal) ? problem[(problem.IndexOf(" / ", StringComparison.Ordinal) + 3)..] : problem);
}
