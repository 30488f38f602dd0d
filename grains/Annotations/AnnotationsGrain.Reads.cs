namespace Cooperation.Grains.Annotations;

// Reading a document's annotations: on one version (re-anchored), or all of them for the change feed.
public sealed partial class AnnotationsGrain
{
    async Task<IReadOnlyList<AnchoredAnnotation>> IAnnotationsGrain.ListOnVersionAsync(Actor actor, int version)
    {
        var reader = await RequireReadAsync(actor);
        var (kind, documentId, _) = AnnotationRules.ParseKey(Key);
        var sections = await AnnotationTargets.Of(kind).SectionsAsync(Grains, actor, documentId, version);

        var shown = Shown(reader, State.Annotations.Where(a => a.Target.Version <= version));
        // A thread's replies stand where its first annotation stands; parents always come before their replies.
        var anchorings = new Dictionary<string, AnnotationAnchoring>(StringComparer.Ordinal);
        var result = new List<AnchoredAnnotation>(shown.Count);
        foreach (var annotation in State.Annotations.Where(a => a.Target.Version <= version))
        {
            var (anchoring, selector) = annotation.ReplyTo is { } parent
                ? (anchorings[parent], null)
                : annotation.Target.Version == version
                    ? (AnnotationAnchoring.OnThisVersion, annotation.Selector)
                    : TextAnchoring.Relocate(sections, annotation.Selector!) is { } relocated
                        ? (AnnotationAnchoring.Reanchored, relocated)
                        : (AnnotationAnchoring.OnEarlierVersion, (TextSelector?)null);
            anchorings[annotation.Id] = anchoring;
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
    private static HashSet<Annotation> Shown(AnnotationReader reader, IEnumerable<Annotation> annotations)
    {
        var visible = annotations.Where(reader.CanSee).ToList();
        var holdingReplies = new HashSet<string>(StringComparer.Ordinal);
        var shown = new HashSet<Annotation>(ReferenceEqualityComparer.Instance);
        // Replies come after what they answer: walking backwards, a tombstone knows whether a shown reply hangs from it.
        for (var i = visible.Count - 1; i >= 0; i--)
        {
            var annotation = visible[i];
            if (annotation.Deleted && !holdingReplies.Contains(annotation.Id))
                continue;
            shown.Add(annotation);
            if (annotation.ReplyTo is { } parent)
                holdingReplies.Add(parent);
        }
        return shown;
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
