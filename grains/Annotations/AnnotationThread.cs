namespace Cooperation.Grains.Annotations;

/// <summary>
/// One thread as a reader reads it on one version: the first of its annotations she is shown (its first annotation,
/// unless she may no longer read it), then the replies she is shown, in the order they were made. A page of threads
/// holds whole threads: a reply is never read apart from its thread.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AnnotationThread([property: Id(0)] IReadOnlyList<AnchoredAnnotation> Annotations)
{
    /// <summary>The key of the thread's first annotation shown: the thread's cursor.</summary>
    public AnnotationKey Key => AnnotationKey.Of(Annotations[0].Annotation);
}

/// <summary>Which page of a version's threads to read: the newest threads, or those older than a thread already shown.</summary>
/// <param name="First">How many threads, from 1 to <see cref="HistoryPageRequest.MaxFirst"/>.</param>
/// <param name="After">The key of the last thread already shown (<see cref="AnnotationThread.Key"/>); null for the newest.</param>
[GenerateSerializer, Immutable]
public sealed record AnnotationThreadPageRequest(
    [property: Id(0)] int First = HistoryPageRequest.DefaultFirst,
    [property: Id(1)] AnnotationKey? After = null);

/// <summary>A page of a version's threads, newest thread first (threads are ordered by when their first annotation was made).</summary>
/// <param name="HasOlder">Whether older threads remain.</param>
/// <param name="HasNewer">Whether newer threads were left out, when reading after a cursor.</param>
/// <param name="TotalCount">How many threads the reader is shown on the version: threads she may not read are not counted.</param>
[GenerateSerializer, Immutable]
public sealed record AnnotationThreadPage(
    [property: Id(0)] IReadOnlyList<AnnotationThread> Threads,
    [property: Id(1)] bool HasOlder,
    [property: Id(2)] bool HasNewer,
    [property: Id(3)] int TotalCount);
