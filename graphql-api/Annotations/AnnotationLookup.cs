using Cooperation.Grains.Annotations;
using Cooperation.GraphQL.Funding;
using Cooperation.GraphQL.Missions;
using Cooperation.GraphQL.Reports;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Relay;

namespace Cooperation.GraphQL.Annotations;

/// <summary>Turns client-supplied documents and annotation ids into grain keys, refusing malformed ones before any grain is activated.</summary>
public static class AnnotationLookup
{
    public const string TypeName = "Annotation";

    /// <summary>The global id type of each kind of annotated document: a new kind is one more line.</summary>
    private static string DocumentTypeName(AnnotationTargetKind kind) => kind switch
    {
        AnnotationTargetKind.ProgressReport => ReportLookup.TypeName,
        AnnotationTargetKind.MissionReport => MissionLookup.TypeName,
        AnnotationTargetKind.Application => FundLookup.ApplicationTypeName,
        _ => throw ApiErrors.Validation("Type de document inconnu.", "Unknown document kind."),
    };

    /// <summary>The grain key of a document's annotations, from its kind and its global id (a report's, a mission's or an application's).</summary>
    public static string Key(AnnotationTargetKind kind, string documentId)
    {
        if (GlobalId.TryDecode(documentId) is var (typeName, key) && typeName == DocumentTypeName(kind) && AnnotationTargets.Of(kind).IsValidId(key))
            return AnnotationRules.KeyFor(kind, key);
        throw ApiErrors.Validation(
            $"« {documentId} » n'est pas l'identifiant d'un document de type {kind}.",
            $"'{documentId}' is not the id of a {kind} document.");
    }

    /// <summary>The global id of an annotated document.</summary>
    public static string DocumentGlobalId(AnnotationTargetKind kind, string documentKey) => GlobalId.Encode(DocumentTypeName(kind), documentKey);

    /// <summary>
    /// The global id of one annotation: its document's key and its key there, its creator's tag and its own id (two
    /// people's ids may be the same).
    /// </summary>
    public static string GlobalIdOf(Annotation annotation) =>
        GlobalId.Encode(TypeName, $"{AnnotationRules.KeyFor(annotation.Target.Kind, annotation.Target.DocumentId)}#{AnnotationKey.Of(annotation)}");

    /// <summary>
    /// The document's grain key and the annotation's key a global id names; an id made when ids were the document's
    /// (its document's key and the id alone) is still read, as the annotation of that id the reader sees.
    /// </summary>
    public static (string DocumentKey, AnnotationKey Key) Parse(string id)
    {
        if (GlobalId.TryDecode(id) is (TypeName, var text) && text.LastIndexOf('#') is var hash and > 0
            && AnnotationKey.Parse(text[(hash + 1)..]) is { } key && AnnotationRules.IsValidKey(text[..hash]))
            return (text[..hash], key);
        throw ApiErrors.Validation($"« {id} » n'est pas un identifiant d'annotation.", $"'{id}' is not an annotation id.");
    }

    private const string ThreadCursorKind = "AnnotationThread";

    /// <summary>The cursor of a thread in a page of a version's threads: its first annotation shown, by key.</summary>
    public static string CursorOf(AnnotationThread thread) => GlobalId.Encode(ThreadCursorKind, thread.Key.ToString());

    /// <summary>The thread a client's cursor names; a malformed one is refused as one naming no thread the reader reads is.</summary>
    public static AnnotationKey ThreadAfter(string cursor) =>
        GlobalId.TryDecode(cursor) is (ThreadCursorKind, var text) && AnnotationKey.Parse(text) is { CreatorTag: not null } key
            ? key
            : throw AnnotationErrors.UnknownCursor();

    /// <summary>The client's annotation id, checked.</summary>
    public static string AnnotationId(string? id) =>
        AnnotationRules.IsValidAnnotationId(id)
            ? id!
            : throw ApiErrors.Validation(
                $"« {id} » n'est pas un identifiant d'annotation (1 à 64 lettres, chiffres, « - » ou « _ »).",
                $"'{id}' is not an annotation id (1 to 64 letters, digits, '-' or '_').");
}
