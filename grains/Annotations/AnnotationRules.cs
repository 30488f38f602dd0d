using System.Text.RegularExpressions;

namespace Cooperation.Grains.Annotations;

/// <summary>
/// The input rules of annotations and of the key of a document's annotations, checked before anything changes so that
/// a refusal leaves the annotations as they were.
/// </summary>
/// <remarks>
/// Key: <c>"{kind}/{documentId}"</c>, e.g. <c>"report/sig-guediawaye/2026-01-01_2026-06-30"</c> or
/// <c>"application/fsn-2026/1"</c>: all the annotations of
/// every version of one document live together, so reading a version re-anchors the older ones in one call.
/// </remarks>
public static partial class AnnotationRules
{
    public const int MaxTextLength = 4000;
    public const int MaxTags = 10;
    public const int MaxTagLength = 40;

    /// <summary>Annotations one document may carry, replies and deleted ones included: its state stays one small write.</summary>
    public const int MaxPerDocument = 1000;

    public static string KeyFor(AnnotationTargetKind kind, string documentId)
    {
        var rules = AnnotationTargets.Of(kind);
        if (!rules.IsValidId(documentId))
            throw AnnotationErrors.InvalidKey($"{rules.Name}/{documentId}");
        return $"{rules.Name}/{documentId}";
    }

    /// <summary>
    /// The kind, document and partnership (null for an application, which is no partnership's) a key names; refuses
    /// anything <see cref="KeyFor"/> would not build.
    /// </summary>
    public static (AnnotationTargetKind Kind, string DocumentId, string? Partnership) ParseKey(string? key)
    {
        if (!IsValidKey(key))
            throw AnnotationErrors.InvalidKey(key ?? "");
        var slash = key!.IndexOf('/');
        var (kind, documentId) = (AnnotationTargets.Named(key[..slash])!.Value, key[(slash + 1)..]);
        return (kind, documentId, AnnotationTargets.Of(kind).PartnershipOf(documentId));
    }

    /// <summary>Whether <paramref name="key"/> is one <see cref="KeyFor"/> builds.</summary>
    public static bool IsValidKey(string? key) =>
        key?.IndexOf('/') is int slash && slash > 0 && AnnotationTargets.Named(key[..slash]) is { } kind && AnnotationTargets.Of(kind).IsValidId(key[(slash + 1)..]);

    public static bool IsValidAnnotationId(string? id) => id is not null && AnnotationIdPattern().IsMatch(id);

    /// <summary>A client-chosen annotation id: 1 to 64 letters, digits, « - » or « _ ».</summary>
    public static string AnnotationId(string? id) => IsValidAnnotationId(id)
        ? id!
        : throw AnnotationErrors.Invalid(
            $"« {id} » n'est pas un identifiant d'annotation (1 à 64 lettres, chiffres, « - » ou « _ »).",
            $"'{id}' is not an annotation id (1 to 64 letters, digits, '-' or '_').");

    /// <summary>The motivation of the first annotation of a thread: anything but replying, which only replies have.</summary>
    public static AnnotationMotivation Motivation(AnnotationMotivation motivation) =>
        Enum.IsDefined(motivation) && motivation != AnnotationMotivation.Replying
            ? motivation
            : throw AnnotationErrors.Invalid(
                "Une annotation commente, questionne, étiquette ou évalue un passage ; « répondre » se fait par replyToAnnotation.",
                "An annotation comments on, questions, tags or assesses a passage; 'replying' is done with replyToAnnotation.");

    public static AnnotationVisibility Visibility(AnnotationVisibility visibility) =>
        Enum.IsDefined(visibility) ? visibility : throw AnnotationErrors.Invalid("Visibilité inconnue.", "Unknown visibility.");

    public static AnnotationLanguage Language(AnnotationLanguage language) =>
        Enum.IsDefined(language) ? language : throw AnnotationErrors.Invalid("Langue inconnue (fr ou en).", "Unknown language (fr or en).");

    /// <summary>The body: required except for a tagging annotation, whose tags say it all.</summary>
    public static string Text(string? text, AnnotationMotivation motivation)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0 && motivation != AnnotationMotivation.Tagging)
            throw AnnotationErrors.Invalid("Le texte de l'annotation est obligatoire.", "The annotation's text is required.");
        if (trimmed.Length > MaxTextLength)
            throw AnnotationErrors.Invalid(
                $"Le texte de l'annotation dépasse {MaxTextLength} caractères ({trimmed.Length}).",
                $"The annotation's text is longer than {MaxTextLength} characters ({trimmed.Length}).");
        return trimmed;
    }

    /// <summary>Tags, trimmed and without repeats: one at least when tagging, none otherwise.</summary>
    public static IReadOnlyList<string> Tags(IReadOnlyList<string>? tags, AnnotationMotivation motivation)
    {
        var result = new List<string>();
        foreach (var raw in tags ?? [])
        {
            var tag = raw?.Trim() ?? "";
            if (tag.Length is 0 or > MaxTagLength)
                throw AnnotationErrors.Invalid(
                    $"Une étiquette compte 1 à {MaxTagLength} caractères (« {tag} »).",
                    $"A tag has 1 to {MaxTagLength} characters ('{tag}').");
            if (!result.Contains(tag, StringComparer.Ordinal))
                result.Add(tag);
        }
        if (result.Count > MaxTags)
            throw AnnotationErrors.Invalid($"Une annotation porte au plus {MaxTags} étiquettes ({result.Count}).", $"An annotation carries at most {MaxTags} tags ({result.Count}).");
        if (motivation == AnnotationMotivation.Tagging && result.Count == 0)
            throw AnnotationErrors.Invalid("Étiqueter un passage demande au moins une étiquette.", "Tagging a passage needs at least one tag.");
        if (motivation != AnnotationMotivation.Tagging && result.Count > 0)
            throw AnnotationErrors.Invalid("Seule une annotation « étiqueter » porte des étiquettes.", "Only a 'tagging' annotation carries tags.");
        return result;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex AnnotationIdPattern();
}
