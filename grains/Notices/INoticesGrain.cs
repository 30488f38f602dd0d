namespace Cooperation.Grains.Notices;

/// <summary>
/// One person's notices (key: her account key, the e-mail address): the list in the app, kept until read, and the mail
/// they become, by her choice — each event, a daily digest, or none.
/// </summary>
/// <remarks>
/// Nothing is told twice: a notice's id comes from its event and a second post of it changes nothing. Mail leaves
/// through an outbox in this grain's state, drained by a timer and, should the silo stop, by a durable reminder; a
/// mail leaves the outbox only once the relay accepted it.
/// </remarks>
public interface INoticesGrain : IGrainWithStringKey
{
    /// <summary>Adds a notice, unless its id was heard before; true when it was new. Called by the grains where events happen.</summary>
    Task<bool> PostAsync(Notice notice);

    /// <summary>A page of her list, newest first; only the person herself reads it.</summary>
    Task<NoticePage> GetPageAsync(Actor actor, int offset, int count);

    /// <summary>Marks notices read (all of them when <paramref name="ids"/> is null); answers the first page afterwards.</summary>
    Task<NoticePage> MarkReadAsync(Actor actor, IReadOnlyList<string>? ids, int count);

    /// <summary>Sets how she hears of her notices by e-mail.</summary>
    Task<NoticePage> SetChoiceAsync(Actor actor, NoticeChoice choice, int count);
}
