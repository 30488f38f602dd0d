namespace Cooperation.Grains.Annotations;

// Reading a document's annotations: on one version (re-anchored), or all of them for the change feed.
public sealed partial class AnnotationsGrain
{
    async Task<IReadOnlyList<AnchoredAnnotation>> IAnnotationsGrain.ListOnVersionAsync(Actor actor, int version)
    {
        var reader = await RequireReadAsync(actor);
        var (kind, documentId, _) = AnnotationRules.ParseKey(Key);
        var sections = await AnnotationTargets.Of(kind).SectionsAsync(Grains, actor, documentId, version);

        var parentOf = Parents();
        var shown = Shown(reader, State.Annotations.Where(a => a.Target.Version <= version), parentOf);
        // A thread's replies stand where its first annotation stands; parents always come before their replies.
        var anchorings = new Dictionary<Annotation, AnnotationAnchoring>(ReferenceEqualityComparer.Instance);
        var result = new List<AnchoredAnnotation>(shown.Count);
        foreach (var annotation in State.Annotations.Where(a => a.Target.Version <= version))
        {
            var (anchoring, selector) = annotation.ReplyTo is not null
                ? (anchorings[parentOf(annotation)], null)
                : annotation.Target.Version == version
                    ? (AnnotationAnchoring.OnThisVersion, annotation.Selector)
                    : TextAnchoring.Relocate(sections, annotation.Selector!) is { } relocated
                        ? (AnnotationAnchoring.Reanchored, relocated)
                        : (AnnotationAnchoring.OnEarlierVersion, (TextSelector?)null);
            anchorings[annotation] = anchoring;
            if (shown.Contains(annotation))
                result.Add(new AnchoredAnnotation(annotation, anchoring, selector));
        }
        return result;
    }

    async Task<IReadOnlyList<Annotation>> IAnnotationsGrain.ListAsync(Actor actor)
    {
        var reader = await RequireReadAsync(actor);
        return [.. State.Annotations.Where(reader.CanSee)];
    }

    /// <summary>
    /// The annotations the reader sees: those visible to her, except deleted ones from which no reply she sees hangs
    /// (a tombstone is only there to keep a thread together).
    /// </summary>
    private static HashSet<Annotation> Shown(AnnotationReader reader, IEnumerable<Annotation> annotations, Func<Annotation, Annotation> parentOf)
    {
        var visible = annotations.Where(reader.CanSee).ToList();
        var holdingReplies = new HashSet<Annotation>(ReferenceEqualityComparer.Instance);
        var shown = new HashSet<Annotation>(ReferenceEqualityComparer.Instance);
        // Replies come after what they answer: walking backwards, a tombstone knows whether a shown reply hangs from it.
        for (var i = visible.Count - 1; i >= 0; i--)
        {
            var annotation = visible[i];
            if (annotation.Deleted && !holdingReplies.Contains(annotation))
                continue;
            shown.Add(annotation);
            if (annotation.ReplyTo is not null)
                holdingReplies.Add(parentOf(annotation));
        }
        return shown;
    }

    /// <summary>
    /// The annotation each reply answers, looked up once per read: by creator and id, or for a reply stored when ids
    /// were the document's, the first annotation of that id (the only one there was before it).
    /// </summary>
    private Func<Annotation, Annotation> Parents()
    {
        var byCreator = new Dictionary<(string, string), Annotation>();
        var first = new Dictionary<string, Annotation>(StringComparer.Ordinal);
        foreach (var annotation in State.Annotations)
        {
            byCreator.TryAdd((annotation.Creator.Id, annotation.Id), annotation);
            first.TryAdd(annotation.Id, annotation);
        }
        return reply => reply.ReplyToCreator is { } creator ? byCreator[(creator, reply.ReplyTo!)] : first[reply.ReplyTo!];
    }

    /// <summary>
    /// Those who read the document's annotations (a partnership's members and administrators; an application's fund
    /// people); each annotation's visibility then decides.
    /// </summary>
    private async Task<AnnotationReader> RequireReadAsync(Actor actor)
    {
        var reader = await ReaderAsync(actor, withTeam: State.Annotations.Any(a => a.Visibility == AnnotationVisibility.Team));
        if (!reader.CanRead)
            throw Rules.Forbidden();
        return reader;
    }
}
