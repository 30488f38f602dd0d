namespace Cooperation.Grains.Annotations;

// Reading a document's annotations: a version's threads a page at a time (re-anchored), one by its key, or all of them
// for the change feed.
public sealed partial class AnnotationsGrain
{
    async Task<AnnotationThreadPage> IAnnotationsGrain.ListThreadsOnVersionAsync(Actor actor, int version, AnnotationThreadPageRequest request)
    {
        HistoryPageRequest.RequireFirst(request.First);
        var reader = await RequireReadAsync(actor);
        var (kind, documentId, _) = AnnotationRules.ParseKey(Key);
        var sections = await AnnotationTargets.Of(kind).SectionsAsync(Grains, actor, documentId, version);

        var threads = Threads(reader, version);
        var end = threads.Count;
        if (request.After is { } after)
        {
            // Only a thread the reader is shown can be named: any other key, hers or not, is refused alike.
            end = threads.FindIndex(t => after.CreatorTag is not null && after.Names(t.Shown[0]));
            if (end < 0)
                throw AnnotationErrors.UnknownCursor();
        }
        var start = Math.Max(0, end - request.First);
        var page = new List<AnnotationThread>(end - start);
        for (var i = end - 1; i >= start; i--)
            page.Add(Anchored(threads[i], sections, version));
        return new AnnotationThreadPage(page, HasOlder: start > 0, HasNewer: end < threads.Count, threads.Count);
    }

    async Task<Annotation> IAnnotationsGrain.GetAsync(Actor actor, AnnotationKey key)
    {
        var reader = await RequireReadAsync(actor);
        // A key without creator names the annotation of that id the reader sees, as a reply names what it answers.
        return key.CreatorTag is null
            ? Visible(reader, key.Id)
            : State.Annotations.Find(a => key.Names(a) && reader.CanSee(a)) ?? throw AnnotationErrors.UnknownAnnotation(key.Id);
    }

    async Task<IReadOnlyList<Annotation>> IAnnotationsGrain.ListAsync(Actor actor)
    {
        var reader = await RequireReadAsync(actor);
        return [.. State.Annotations.Where(reader.CanSee)];
    }

    Task<IReadOnlyList<Annotation>> IAnnotationsGrain.ListEveryAsync() => Task.FromResult<IReadOnlyList<Annotation>>([.. State.Annotations]);

    /// <summary>A thread: its first annotation, and those of it the reader is shown, in the order they were made.</summary>
    private sealed record Thread(Annotation Root, List<Annotation> Shown);

    /// <summary>
    /// The threads the reader is shown on a version (made on it or on an earlier one), oldest first: a thread is shown
    /// when one of its annotations is, and holds only those.
    /// </summary>
    private List<Thread> Threads(AnnotationReader reader, int version)
    {
        var parentOf = Parents();
        var onVersion = State.Annotations.Where(a => a.Target.Version <= version).ToList();
        var shown = Shown(reader, onVersion, parentOf);
        var threads = new List<Thread>();
        var threadOf = new Dictionary<Annotation, Thread>(ReferenceEqualityComparer.Instance);
        // Parents always come before their replies: a reply's thread is known when it is reached.
        foreach (var annotation in onVersion)
        {
            var thread = annotation.ReplyTo is null ? new Thread(annotation, []) : threadOf[parentOf(annotation)];
            if (annotation.ReplyTo is null)
                threads.Add(thread);
            threadOf[annotation] = thread;
            if (shown.Contains(annotation))
                thread.Shown.Add(annotation);
        }
        return threads.FindAll(t => t.Shown.Count > 0);
    }

    /// <summary>
    /// A thread as it stands on the version read: its first annotation in place, re-anchored where its quoted passage
    /// still is, or marked as on an earlier version; its replies stand where it stands.
    /// </summary>
    private static AnnotationThread Anchored(Thread thread, IReadOnlyDictionary<string, string> sections, int version)
    {
        var root = thread.Root;
        var (anchoring, selector) = root.Target.Version == version
            ? (AnnotationAnchoring.OnThisVersion, root.Selector)
            : TextAnchoring.Relocate(sections, root.Selector!) is { } relocated
                ? (AnnotationAnchoring.Reanchored, relocated)
                : (AnnotationAnchoring.OnEarlierVersion, (TextSelector?)null);
        return new AnnotationThread([.. thread.Shown.Select(a => new AnchoredAnnotation(a, anchoring, ReferenceEquals(a, root) ? selector : null))]);
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
