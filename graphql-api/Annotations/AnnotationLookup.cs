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

    /// <summary>The global id of one annotation: its document's key and its own id.</summary>
    public static string GlobalIdOf(Annotation annotation) =>
        GlobalId.Encode(TypeName, $"{AnnotationRules.KeyFor(annotation.Target.Kind, annotation.Target.DocumentId)}#{annotation.Id}");

    /// <summary>The client's annotation id, checked.</summary>
    public static string AnnotationId(string? id) =>
        AnnotationRules.IsValidAnnotationId(id)
            ? id!
            : throw ApiErrors.Validation(
                $"« {id} » n'est pas un identifiant d'annotation (1 à 64 lettres, chiffres, « - » ou « _ »).",
                $"'{id}' is not an annotation id (1 to 64 letters, digits, '-' or '_').");
}
