using System.Globalization;
using System.Text.Json.Nodes;
using Cooperation.Grains.Annotations;

namespace Cooperation.GraphQL.Annotations;

/// <summary>
/// A document's annotations in the W3C Web Annotation JSON-LD serialisation: one AnnotationCollection whose first
/// AnnotationPage holds them all, each with its IRI, motivation, creator, times, TextualBody and target.
/// </summary>
/// <remarks>
/// A passage's target is the frozen version it was made on; the IRI's fragment names the section, since positions and
/// quotes count within that section's text (<see cref="TextSelector"/>). A reply targets the IRI of the annotation it
/// answers. Visibility is not a W3C term: the export holds only what its reader may read.
/// </remarks>
public static class AnnotationJsonLd
{
    public const string Context = "http://www.w3.org/ns/anno.jsonld";

    public const string MediaType = $"application/ld+json; profile=\"{Context}\"";

    /// <summary>
    /// The export's own address: <c>{origin}/annotations/{slug}/{kind}/{local}.jsonld</c> for a partnership's document,
    /// <c>{origin}/annotations/fund/application/{callCode}/{number}.jsonld</c> for an application.
    /// </summary>
    public static string CollectionIri(string origin, AnnotationTargetKind kind, string documentId) =>
        kind == AnnotationTargetKind.Application
            ? $"{origin}{AnnotationEndpoints.ApplicationExportPrefix}{documentId}.jsonld"
            : $"{origin}/annotations/{documentId[..documentId.IndexOf('/')]}/{AnnotationTargets.Of(kind).Name}/{documentId[(documentId.IndexOf('/') + 1)..]}.jsonld";

    /// <summary>
    /// A frozen version: <c>{origin}/partnerships/{slug}/{kind}s/{local}/versions/{n}</c>, or for an application
    /// <c>{origin}/funds/calls/{callCode}/applications/{number}/versions/{n}</c> (which names no applicant).
    /// </summary>
    public static string VersionIri(string origin, AnnotationTarget target)
    {
        var slash = target.DocumentId.IndexOf('/');
        var (owner, local) = (target.DocumentId[..slash], target.DocumentId[(slash + 1)..]);
        var version = target.Version.ToString(CultureInfo.InvariantCulture);
        return target.Kind == AnnotationTargetKind.Application
            ? $"{origin}/funds/calls/{owner}/applications/{local}/versions/{version}"
            : $"{origin}/partnerships/{owner}/{AnnotationTargets.Of(target.Kind).Name}s/{local}/versions/{version}";
    }

    public static JsonObject Collection(string origin, AnnotationTargetKind kind, string documentId, IReadOnlyList<Annotation> annotations)
    {
        var collection = CollectionIri(origin, kind, documentId);
        return new JsonObject
        {
            ["@context"] = Context,
            ["id"] = collection,
            ["type"] = "AnnotationCollection",
            ["label"] = kind == AnnotationTargetKind.Application
                ? "Annotations d'instruction du dossier / The application's review annotations"
                : "Annotations de recherche-action / Research-action annotations",
            ["total"] = annotations.Count,
            ["first"] = new JsonObject
            {
                ["id"] = $"{collection}?page=0",
                ["type"] = "AnnotationPage",
                ["startIndex"] = 0,
                ["items"] = new JsonArray([.. annotations.Select(a => (JsonNode)Item(origin, collection, a))]),
            },
        };
    }

    private static JsonObject Item(string origin, string collection, Annotation a)
    {
        var item = new JsonObject
        {
            ["id"] = $"{collection}#{a.Id}",
            ["type"] = "Annotation",
            ["motivation"] = Motivation(a.Motivation),
            ["creator"] = new JsonObject { ["type"] = "Person", ["name"] = a.Creator.DisplayName },
            ["created"] = Time(a.Created),
        };
        if (a.Modified is { } modified)
            item["modified"] = Time(modified);
        var bodies = new JsonArray();
        if (a.Text.Length > 0)
        {
            bodies.Add(new JsonObject
            {
                ["type"] = "TextualBody",
                ["value"] = a.Text,
                ["language"] = a.Language == AnnotationLanguage.En ? "en" : "fr",
                ["format"] = "text/plain",
                // A tagging annotation's text describes why the tags apply; the tags themselves carry "tagging".
                ["purpose"] = a.Motivation == AnnotationMotivation.Tagging ? "describing" : Motivation(a.Motivation),
            });
        }
        foreach (var tag in a.Tags)
            bodies.Add(new JsonObject { ["type"] = "TextualBody", ["value"] = tag, ["purpose"] = "tagging" });
        item["body"] = bodies;
        item["target"] = a is { ReplyTo: { } parent }
            ? $"{collection}#{parent}"
            : new JsonObject
            {
                ["source"] = $"{VersionIri(origin, a.Target)}#{a.Selector!.Section}",
                ["selector"] = new JsonArray(
                    new JsonObject { ["type"] = "TextQuoteSelector", ["exact"] = a.Selector.Exact, ["prefix"] = a.Selector.Prefix, ["suffix"] = a.Selector.Suffix },
                    new JsonObject { ["type"] = "TextPositionSelector", ["start"] = a.Selector.Start, ["end"] = a.Selector.End }),
            };
        return item;
    }

    private static string Motivation(AnnotationMotivation motivation) => motivation switch
    {
        AnnotationMotivation.Questioning => "questioning",
        AnnotationMotivation.Tagging => "tagging",
        AnnotationMotivation.Assessing => "assessing",
        AnnotationMotivation.Replying => "replying",
        _ => "commenting",
    };

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
