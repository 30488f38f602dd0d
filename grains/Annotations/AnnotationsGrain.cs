using Cooperation.Grains.Notices;
using Cooperation.Grains.Annotations.Commands;
using Cooperation.Grains.Partnerships;

namespace Cooperation.Grains.Annotations;

/// <inheritdoc cref="IAnnotationsGrain"/>
public sealed partial class AnnotationsGrain(
    [PersistentState("annotations", StorageNames.Cooperation)] IPersistentState<AnnotationsState> state,
    IGrainFactory grains,
    TimeProvider time) : PartnershipEntityGrain<AnnotationsState>(state, grains, time), IAnnotationsGrain
{
    async Task<Annotation> IAnnotationsGrain.AnnotateAsync(Annotate command)
    {
        var (id, reader) = await BeginWriteAsync(command);
        if (await RepeatedAsync(id, command, reader, command.AnnotationId) is { } first)
            return first;
        // The whole input is checked before the id is looked up: an invalid one must not tell taken ids from free ones.
        var annotationId = AnnotationRules.AnnotationId(command.AnnotationId);
        var motivation = AnnotationRules.Motivation(command.Motivation);
        var visibility = AnnotationRules.Visibility(command.Visibility);
        var language = AnnotationRules.Language(command.Language);
        var text = AnnotationRules.Text(command.Text, motivation);
        var tags = AnnotationRules.Tags(command.Tags, motivation);
        var team = visibility == AnnotationVisibility.Team ? reader.Team ?? throw AnnotationErrors.NoTeam() : null;

        // The passage is checked on the version itself, read with the actor's own rights (NOT_FOUND for no such version).
        var (kind, documentId, _) = AnnotationRules.ParseKey(Key);
        var sections = await AnnotationTargets.Of(kind).SectionsAsync(Grains, command.Actor, documentId, command.Version);
        var selector = TextAnchoring.Anchor(sections, command.Selector, out var problem)
            ?? throw AnnotationErrors.BadSelector(problem!);
        RequireRoom(reader, annotationId);

        var now = Time.GetUtcNow();
        var annotation = new Annotation(
            annotationId, new AnnotationTarget(kind, documentId, command.Version), selector, null, motivation, text, language, tags,
            visibility, team, command.Actor, now, null, Deleted: false);
        State.Annotations.Add(annotation);
        return await CommitChangeAsync(id, command, annotation);
    }

    async Task<Annotation> IAnnotationsGrain.ReplyAsync(ReplyToAnnotation command)
    {
        var (id, reader) = await BeginWriteAsync(command);
        if (await RepeatedAsync(id, command, reader, command.AnnotationId) is { } first)
            return first;
        var annotationId = AnnotationRules.AnnotationId(command.AnnotationId);
        var language = AnnotationRules.Language(command.Language);
        var text = AnnotationRules.Text(command.Text, AnnotationMotivation.Replying);
        var parent = Visible(reader, command.ReplyTo);
        if (parent.Deleted)
            throw AnnotationErrors.Deleted(parent.Id);
        RequireRoom(reader, annotationId);

        var reply = new Annotation(
            annotationId, parent.Target, null, parent.Id, AnnotationMotivation.Replying, text, language, [],
            parent.Visibility, parent.Team, command.Actor, Time.GetUtcNow(), null, Deleted: false, ReplyToCreator: parent.Creator.Id);
        // Asked before anything changes: the author's notice is written with the reply.
        if (await ThreadAuthorNoticeAsync(parent.Creator, reply) is { } notice)
            Tell(notice);
        State.Annotations.Add(reply);
        return await CommitChangeAsync(id, command, reply);
    }

    /// <summary>What the author of the note replied to hears of the reply: only while she may read it, and not of her own; null for nothing.</summary>
    private async Task<NoticeToTell?> ThreadAuthorNoticeAsync(Actor author, Annotation reply)
    {
        if (author.Id == reply.Creator.Id || !(await ReaderAsync(author, withTeam: reply.Visibility == AnnotationVisibility.Team)).CanSee(reply))
            return null;
        return NoticeToTell.To([author.Id], NoticeEvents.AnnotationReply($"{Key}/{reply.Id}", reply.Creator.DisplayName, reply.Text, reply.Created));
    }

    async Task<Annotation> IAnnotationsGrain.EditAsync(EditAnnotation command)
    {
        var (id, annotation) = await BeginOwnChangeAsync(command, command.AnnotationId);
        if (annotation is null)
            return Own(command.Actor, command.AnnotationId)!;
        var language = command.Language is { } l ? AnnotationRules.Language(l) : annotation.Language;
        var text = AnnotationRules.Text(command.Text ?? annotation.Text, annotation.Motivation);
        var tags = command.Tags is null ? annotation.Tags : AnnotationRules.Tags(command.Tags, annotation.Motivation);
        if (text == annotation.Text && language == annotation.Language && tags.SequenceEqual(annotation.Tags))
            return await CommitAsync(id, command, () => annotation);

        var edited = annotation with { Text = text, Language = language, Tags = tags, Modified = Time.GetUtcNow() };
        Replace(edited);
        return await CommitChangeAsync(id, command, edited);
    }

    async Task<Annotation> IAnnotationsGrain.DeleteAsync(DeleteAnnotation command)
    {
        var (id, annotation) = await BeginOwnChangeAsync(command, command.AnnotationId, deletedIsFine: true);
        if (annotation is null)
            return Own(command.Actor, command.AnnotationId)!;
        if (annotation.Deleted)
            return await CommitAsync(id, command, () => annotation);

        // The passage stays: it is the document's text, and the thread's replies are still read against it.
        var tombstone = annotation with { Text = "", Tags = [], Deleted = true, Modified = Time.GetUtcNow() };
        Replace(tombstone);
        return await CommitChangeAsync(id, command, tombstone);
    }

    /// <summary>What annotating and replying check first: the action id, then who acts (one who writes on this kind of document).</summary>
    private async Task<(string Id, AnnotationReader Reader)> BeginWriteAsync(Command command)
    {
        var id = ClientMutationIds.Checked(command.ClientMutationId);
        var reader = await ReaderAsync(command.Actor, withTeam: true);
        if (!reader.CanRead)
            throw Refusal(null);
        if (!reader.CanWrite)
            throw Refusal(ActingSide.EitherSide);
        return (id, reader);
    }

    /// <summary>
    /// What editing and deleting check first: the action id, who acts, and that the annotation is hers. Returns a null
    /// annotation for a repeat, which changes nothing.
    /// </summary>
    private async Task<(string Id, Annotation? Annotation)> BeginOwnChangeAsync(Command command, string annotationId, bool deletedIsFine = false)
    {
        var id = ClientMutationIds.Checked(command.ClientMutationId);
        var reader = await ReaderAsync(command.Actor, withTeam: true);
        if (!reader.CanRead)
            throw Refusal(null);
        if (await RepeatedAsync(id, command, reader, annotationId) is not null)
            return (id, null);
        var annotation = Visible(reader, annotationId);
        if (annotation.Creator.Id != command.Actor.Id)
            throw AnnotationErrors.NotTheCreator();
        if (annotation.Deleted && !deletedIsFine)
            throw AnnotationErrors.Deleted(annotation.Id);
        return (id, annotation);
    }

    /// <summary>
    /// The annotation the action made or changed, as the reader sees it now, when the same person already applied it
    /// about the same annotation; a reused id is refused, whatever annotation it names.
    /// </summary>
    /// <remarks>
    /// A receipt written before receipts recorded who acted answers only about an annotation of the caller's own:
    /// every annotation command is its creator's (annotating and replying make her one, only she edits or deletes), so
    /// a true repeat always names one of hers, and nobody reads someone else's annotation through an old id.
    /// </remarks>
    private async Task<Annotation?> RepeatedAsync(string id, Command command, AnnotationReader reader, string annotationId)
    {
        if (!await RepeatedAsync(id, command, legacy: _ => Own(command.Actor, annotationId) is not null))
            return null;
        return Own(command.Actor, annotationId) ?? throw ActionReceipts.Reused(id);
    }

    /// <summary>
    /// The id must be free among the annotations the reader sees, hers first: she is told when it is taken. An id
    /// another person took for an annotation she may not see is free for her, and answered as any unused id is, so
    /// that nothing tells what hides behind it; the two annotations are told apart by their creators.
    /// </summary>
    private void RequireRoom(AnnotationReader reader, string annotationId)
    {
        if (State.Annotations.Exists(a => a.Id == annotationId && reader.CanSee(a)))
            throw AnnotationErrors.AlreadyExists(annotationId);
        if (State.Annotations.Count >= AnnotationRules.MaxPerDocument)
            throw AnnotationErrors.Full(AnnotationRules.MaxPerDocument);
    }

    /// <summary>The actor's own annotation of that id: ids are unique per creator.</summary>
    private Annotation? Own(Actor actor, string? annotationId) =>
        State.Annotations.Find(a => a.Id == annotationId && a.Creator.Id == actor.Id);

    /// <summary>
    /// The annotation of that id the reader may see, her own first, else the first one made (a later one under the
    /// same id cannot take a thread over); NOT_FOUND otherwise, worded as if it did not exist.
    /// </summary>
    private Annotation Visible(AnnotationReader reader, string? annotationId) =>
        Own(reader.Actor, annotationId)
        ?? State.Annotations.Find(a => a.Id == annotationId && reader.CanSee(a))
        ?? throw AnnotationErrors.UnknownAnnotation(annotationId ?? "");

    private void Replace(Annotation annotation) =>
        State.Annotations[State.Annotations.FindIndex(a => a.Id == annotation.Id && a.Creator.Id == annotation.Creator.Id)] = annotation;

    /// <summary>Marks the change, dated as the annotation is, then commits it.</summary>
    private Task<Annotation> CommitChangeAsync(string id, Command command, Annotation annotation)
    {
        Changed(annotation.Modified ?? annotation.Created);
        return CommitAsync(id, command, () => annotation);
    }

    protected override string FeedKind => Kind;

    /// <summary>The partnership whose change feed lists this document's annotations; null for an application, in no partnership's sync.</summary>
    protected override string? Partnership => AnnotationRules.ParseKey(Key).Partnership;

    /// <summary>Who may read or write is the document kind's to say (<see cref="AnnotationReader"/>), and so are the refusals.</summary>
    protected override DomainException Refusal(ActingSide? side) => side is null ? Rules.Forbidden() : Rules.ForbiddenWrite();

    /// <summary>The rules of the annotated document's kind.</summary>
    private AnnotationTargets.KindRules Rules => AnnotationTargets.Of(AnnotationRules.ParseKey(Key).Kind);

    /// <summary>What the actor may do with the document's annotations and, when asked, her team: the document's kind decides.</summary>
    private Task<AnnotationReader> ReaderAsync(Actor actor, bool withTeam) =>
        Rules.ReaderAsync(Grains, actor, AnnotationRules.ParseKey(Key).DocumentId, withTeam);
}
