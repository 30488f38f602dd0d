namespace Cooperation.Grains.Accounts;

/// <summary>
/// What an account remembers of an applied action, so a repeat of its id has the first one's effect and answer
/// (<see cref="ActionReceipts.RepeatOf"/>).
/// </summary>
/// <param name="Kind">The command's type name: the same id sent with another command is refused.</param>
/// <param name="Invitation">
/// For an invitation, what the first call returned, without its code: the account keeps the code while the invitation
/// is pending (<see cref="AccountState.InvitationCode"/>), so that a receipt, once sealed, never has to change.
/// Receipts stored before that kept the code until it was used.
/// </param>
/// <param name="PartnershipSlugs">The partnerships whose member lists the action touched, told again on a repeat.</param>
/// <param name="ActorId">The administrator (or the seeding) who sent it; null in receipts written before receipts recorded it.</param>
/// <param name="Subject">The partnership a membership change named; null otherwise, or in older receipts.</param>
/// <param name="ResetCode">For a reset code, what the first call returned, without its code (which is never kept).</param>
[GenerateSerializer, Immutable]
public sealed record AccountReceipt(
    [property: Id(0)] string Kind,
    [property: Id(1)] Invitation? Invitation,
    [property: Id(2)] IReadOnlyList<string> PartnershipSlugs,
    [property: Id(3)] string? ActorId = null,
    [property: Id(4)] string? Subject = null,
    [property: Id(5)] ResetCode? ResetCode = null) : IActionReceipt
{
    /// <summary>The receipt of <paramref name="command"/>.</summary>
    public static AccountReceipt Of(Command command, Invitation? invitation, IReadOnlyList<string> partnershipSlugs) =>
        new(ActionReceipts.KindOf(command), invitation, partnershipSlugs, command.Actor.Id, ActionReceipts.SubjectOf(command));
}
