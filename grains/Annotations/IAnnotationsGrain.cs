using Cooperation.Grains.Annotations.Commands;

namespace Cooperation.Grains.Annotations;

/// <summary>
/// Les annotations d'un document: every annotation made on any version of one progress report, mission report or fund
/// application, in the W3C Web Annotation model. Key: <c>"{kind}/{documentId}"</c> (<see cref="AnnotationRules.KeyFor"/>).
/// </summary>
/// <remarks>
/// An annotation points at one immutable version and is always shown there. Read on a later version, it is re-anchored
/// where its quoted passage still is, and otherwise listed as made on an earlier version: it never orphans. Members of
/// the partnership (any side) annotate and reply; only the creator edits or deletes, and a deletion leaves a tombstone
/// for the replies. Each annotation is private, for the creator's research team, or for the whole partnership; a reply
/// has its thread's visibility. An application's annotations are the fund's instead: its managers and its assigned
/// reviewers who did not recuse write and read them, never the applicant partnership's members (not even one assigned
/// as a reviewer despite a conflict), so that on a blind call no annotation names the applicant; they are in no
/// partnership's change feed. Every command carries a client mutation id: a repeat by the same person about the same
/// annotation returns it as she may read it now and changes nothing; the id sent by anyone else, or about another
/// annotation, is refused as reused (<see cref="ActionReceipts"/>). Annotation ids are each creator's own: an id
/// another person took for an annotation the caller may not see is free for her, answered as any unused id is. A
/// refused command changes nothing.
/// </remarks>
public interface IAnnotationsGrain : IGrainWithStringKey
{
    /// <summary>Annotates a passage of one version; the selector is checked against that version's text.</summary>
    Task<Annotation> AnnotateAsync(Annotate command);

    /// <summary>Replies to an annotation the actor can read.</summary>
    Task<Annotation> ReplyAsync(ReplyToAnnotation command);

    /// <summary>Changes the text, language or tags of the creator's own annotation.</summary>
    Task<Annotation> EditAsync(EditAnnotation command);

    /// <summary>Deletes the creator's own annotation, keeping a tombstone.</summary>
    Task<Annotation> DeleteAsync(DeleteAnnotation command);

    /// <summary>
    /// A page of the threads the actor may read on one version, newest thread first (by when its first annotation was
    /// made): those made on it or on an earlier one (re-anchored, or marked as on an earlier version), each whole, its
    /// replies following in the order they were made. A deleted annotation is listed (without text) only while a reply
    /// the actor reads hangs from it. Threads she may not read are neither counted nor named by a cursor: a cursor that
    /// names none she reads is refused as a malformed one is.
    /// </summary>
    Task<AnnotationThreadPage> ListThreadsOnVersionAsync(Actor actor, int version, AnnotationThreadPageRequest request);

    /// <summary>One annotation the actor may read, on the version it was made on; NOT_FOUND otherwise, as if it did not exist.</summary>
    Task<Annotation> GetAsync(Actor actor, AnnotationKey key);

    /// <summary>Every annotation the actor may read, each on the version it was made on, deleted ones included (for the change feed).</summary>
    Task<IReadOnlyList<Annotation>> ListAsync(Actor actor);

    /// <summary>
    /// Every annotation of the document, whoever may read it, deleted ones included: for the partnership's corpus
    /// (<see cref="Research.ICorpusGrain"/>), which shows each to a person only while she may read it. Never answered
    /// to a person as it is.
    /// </summary>
    Task<IReadOnlyList<Annotation>> ListEveryAsync();
}
