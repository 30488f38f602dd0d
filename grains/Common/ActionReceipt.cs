namespace Cooperation.Grains.Common;

/// <summary>
/// What an entity remembers of an applied action, for the entity's whole life: enough to recognise a repeat of its
/// client mutation id, not a copy of its result.
/// </summary>
/// <remarks>
/// A repeat answers the entity as it is now, which is what a client that lost the first answer must show anyway.
/// Keeping a snapshot per action instead would grow the stored state, and every durable write, with the square of
/// the number of actions: a report edited offline a hundred times would rewrite a hundred copies of itself.
/// </remarks>
/// <param name="Kind">The command's type name: the same id sent with another command is refused.</param>
/// <param name="Version">The entity's version (or attempt) the action produced, or found when it changed nothing.</param>
[GenerateSerializer, Immutable]
public sealed record ActionReceipt([property: Id(0)] string Kind, [property: Id(1)] long Version);

/// <summary>Reading and writing an entity's receipts.</summary>
public static class ActionReceipts
{
    /// <summary>Whether this action was already applied; the same id sent with another command is refused with <paramref name="reused"/>.</summary>
    public static bool IsRepeat(
        this IReadOnlyDictionary<string, ActionReceipt> receipts, string clientMutationId, Command command, Func<string, DomainException> reused)
    {
        if (!receipts.TryGetValue(clientMutationId, out var receipt))
            return false;
        return receipt.Kind == command.GetType().Name ? true : throw reused(clientMutationId);
    }

    /// <summary>The same action id sent with another command: refused, whatever the entity.</summary>
    public static DomainException Reused(string clientMutationId) => new(
        DomainErrorCode.Conflict,
        $"L'identifiant d'action « {clientMutationId} » a déjà servi pour une autre action.",
        $"Action id '{clientMutationId}' was already used for a different action.");

    /// <summary>Whether this action was already applied; the same id sent with another command is refused (<see cref="Reused"/>).</summary>
    public static bool IsRepeat(this IReadOnlyDictionary<string, ActionReceipt> receipts, string clientMutationId, Command command) =>
        receipts.IsRepeat(clientMutationId, command, Reused);

    /// <summary>Remembers an applied action, before the durable write that makes it count.</summary>
    public static void Remember(this IDictionary<string, ActionReceipt> receipts, string clientMutationId, Command command, long version) =>
        receipts[clientMutationId] = new ActionReceipt(command.GetType().Name, version);
}
