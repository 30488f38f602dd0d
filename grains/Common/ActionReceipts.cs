using System.Security.Cryptography;
using System.Text;

namespace Cooperation.Grains.Common;

/// <summary>
/// When an action id sent again is a repeat: the one rule every grain's receipts follow. A repeat answers only the
/// person who sent the action, about what it named: the same person, the same command, the same subject. Anything
/// else under a used id is refused as a reused id (<see cref="Reused"/>), worded the same whoever made the first
/// action and whatever it named, so that a refusal tells nothing of it.
/// </summary>
/// <remarks>
/// The grain checks the actor's rights before it looks for a repeat, exactly as for a first call, and answers a repeat
/// with the entity as the actor may read it now: someone who lost her access since gets the refusal, not the stored
/// answer. Before this rule, a receipt knew only the command's kind, so anyone could send someone else's id, or her
/// own with another annotation's id, and read what the first action had made or what the second one named.
/// </remarks>
public static class ActionReceipts
{
    /// <summary>Subjects longer than this are kept as their SHA-256, so that a receipt stays a few dozen bytes.</summary>
    private const int MaxSubjectLength = 100;

    /// <summary>The name a receipt keeps of a command: its type's.</summary>
    public static string KindOf(Command command) => command.GetType().Name;

    /// <summary>
    /// The receipt of this action id when <paramref name="command"/> repeats it (same person, same command, same
    /// subject); null when the id is new here. Anything else is refused as <see cref="Reused"/>.
    /// </summary>
    /// <param name="legacy">
    /// For a receipt written before receipts recorded who acted and what was named: whether it may still answer this
    /// command, which already has the same kind (by default yes, the actor's rights having been checked first). Such
    /// receipts are kept so that existing data stays readable and seeded actions still replay as repeats on the next
    /// start; without their sender, the safest answer is the one the grain can still justify: a grain whose history
    /// names who made the action answers only that person (<see cref="MadeBy"/>), one whose receipt knows what it made
    /// answers only about that, and one whose entities are private to their author answers only their author.
    /// </param>
    public static TReceipt? RepeatOf<TReceipt>(
        this IReadOnlyDictionary<string, TReceipt> receipts, string clientMutationId, Command command,
        Func<TReceipt, bool>? legacy = null)
        where TReceipt : class, IActionReceipt
    {
        receipts.TryGetValue(clientMutationId, out var receipt);
        return RepeatOf(receipt, clientMutationId, command, legacy);
    }

    /// <summary>
    /// <see cref="RepeatOf{TReceipt}(IReadOnlyDictionary{string, TReceipt}, string, Command, Func{TReceipt, bool}?)"/>
    /// once the receipt kept under this id, if any, is found (e.g. in a <see cref="Journal.ReceiptJournal{TReceipt}"/>).
    /// </summary>
    public static TReceipt? RepeatOf<TReceipt>(
        TReceipt? found, string clientMutationId, Command command, Func<TReceipt, bool>? legacy = null)
        where TReceipt : class, IActionReceipt
    {
        if (found is not { } receipt)
            return null;
        var repeat = receipt.Kind == KindOf(command) && (receipt.ActorId is null
            ? legacy?.Invoke(receipt) ?? true
            : receipt.ActorId == command.Actor.Id && receipt.Subject == SubjectOf(command));
        return repeat ? receipt : throw Reused(clientMutationId);
    }

    /// <summary>Whether this action was already applied (<see cref="RepeatOf"/>), for receipts that keep nothing else.</summary>
    public static bool IsRepeat(
        this IReadOnlyDictionary<string, ActionReceipt> receipts, string clientMutationId, Command command,
        Func<ActionReceipt, bool>? legacy = null) =>
        receipts.RepeatOf(clientMutationId, command, legacy) is not null;

    /// <summary>
    /// <see cref="RepeatOf"/> for a grain that keeps a history of who did what: a receipt written before receipts
    /// recorded who acted answers only the person the history names for that action (<see cref="MadeBy"/>), and only
    /// when <paramref name="legacy"/>, if given, agrees too.
    /// </summary>
    public static TReceipt? RepeatOf<TReceipt>(
        this IReadOnlyDictionary<string, TReceipt> receipts, string clientMutationId, Command command,
        IEnumerable<HistoryEntry> history, Func<TReceipt, bool>? legacy = null)
        where TReceipt : class, IActionReceipt =>
        receipts.RepeatOf(clientMutationId, command,
            receipt => history.MadeBy(clientMutationId, command.Actor) && (legacy?.Invoke(receipt) ?? true));

    /// <summary>Whether this action was already applied (<see cref="RepeatOf{TReceipt}(IReadOnlyDictionary{string, TReceipt}, string, Command, IEnumerable{HistoryEntry}, Func{TReceipt, bool}?)"/>).</summary>
    public static bool IsRepeat(
        this IReadOnlyDictionary<string, ActionReceipt> receipts, string clientMutationId, Command command, IEnumerable<HistoryEntry> history) =>
        receipts.RepeatOf(clientMutationId, command, history) is not null;

    /// <summary>An action id already used by someone else, for another command or about something else: refused, whatever the entity.</summary>
    public static DomainException Reused(string clientMutationId) => new(
        DomainErrorCode.Conflict,
        $"L'identifiant d'action « {clientMutationId} » a déjà servi pour une autre action.",
        $"Action id '{clientMutationId}' was already used for a different action.");

    /// <summary>Remembers an applied action, before the durable write that makes it count.</summary>
    public static void Remember(this IDictionary<string, ActionReceipt> receipts, string clientMutationId, Command command, long version) =>
        receipts[clientMutationId] = Of(command, version);

    /// <summary>The receipt of <paramref name="command"/> applied at <paramref name="version"/>: who sent it, and about what.</summary>
    public static ActionReceipt Of(Command command, long version) =>
        new(KindOf(command), version, command.Actor.Id, SubjectOf(command));

    /// <summary>The subject a receipt keeps of a command: its <see cref="Command.Subject"/>, shortened to a digest when long.</summary>
    public static string? SubjectOf(Command command) => command.Subject is { Length: > MaxSubjectLength } lengthy
        ? "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lengthy)))
        : command.Subject;

    /// <summary>Several names as one subject, in a fixed order (e.g. the items and boxes a confirmation names).</summary>
    public static string NamesOf(IEnumerable<string?> names) =>
        string.Join(",", names.Where(n => n is { Length: > 0 }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    /// <summary>
    /// For a receipt written before receipts recorded who acted: whether the history's line of that action, if any,
    /// was written by <paramref name="actor"/>. An action that changed nothing left no line, and then no one is named.
    /// </summary>
    public static bool MadeBy(this IEnumerable<HistoryEntry> history, string clientMutationId, Actor actor) =>
        history.FirstOrDefault(e => e.ClientMutationId == clientMutationId) is not { } line || line.Actor.Id == actor.Id;
}
