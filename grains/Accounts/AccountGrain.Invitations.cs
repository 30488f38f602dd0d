using Cooperation.Grains.Accounts.Commands;

namespace Cooperation.Grains.Accounts;

// A new invitation for a person already known: renewed while she has not used hers (lapsed or not), or issued again
// to an active account that must start over. Either way her roles and memberships stay, and any earlier code stops
// working at once.
public sealed partial class AccountGrain
{
    /// <summary>History action of a renewed invitation.</summary>
    public const string InvitationRenewed = "InvitationRenewed";

    /// <summary>History action of an active account invited again.</summary>
    public const string AccountReinvited = "AccountReinvited";

    async Task<Invitation> IAccountGrain.RenewInvitationAsync(RenewInvitation command)
    {
        if (await RepeatedInvitationAsync(command) is { } repeated)
            return repeated;
        RequireExists();
        if (State.Status != AccountStatus.Invited)
            throw AccountErrors.AlreadyActive(Key);

        var now = time.GetUtcNow();
        var invitation = await NewInvitationAsync(now);
        _history.Append(new HistoryEntry(State.Revision, now, command.Actor, InvitationRenewed, Key, null, null, null, command.ClientMutationId));
        return await RememberedAsync(command, invitation);
    }

    async Task<Invitation> IAccountGrain.ReinviteAsync(ReinvitePerson command)
    {
        if (await RepeatedInvitationAsync(command) is { } repeated)
            return repeated;
        RequireExists();
        if (State.Status != AccountStatus.Active)
            throw AccountErrors.NotYetActive(Key);
        if (command.Actor.Id == Key)
            throw AccountErrors.Invalid(
                "Vous ne pouvez pas vous inviter à nouveau vous-même : changez votre mot de passe.",
                "You cannot invite yourself again: change your password instead.");

        // Whoever held the old password or a session of it is out from now on.
        await EndSessionsAsync(keep: null);
        var now = time.GetUtcNow();
        State.Status = AccountStatus.Invited;
        State.ResetCodeHash = null;
        var invitation = await NewInvitationAsync(now);
        _history.Append(new HistoryEntry(
            State.Revision, now, command.Actor, AccountReinvited, Key, "status",
            nameof(AccountStatus.Active), nameof(AccountStatus.Invited), command.ClientMutationId));
        return await RememberedAsync(command, invitation);
    }

    /// <summary>
    /// A fresh code valid 7 days, its lapse watched, the password gone: the state's part of an invitation, counted as
    /// one change (the caller adds its history line at <see cref="AccountState.Revision"/>).
    /// </summary>
    private async Task<Invitation> NewInvitationAsync(DateTimeOffset now)
    {
        var code = InvitationCodes.New();
        var invitation = new Invitation(Key, code, now + InvitationCodes.Lifetime);
        await this.ScheduleAsync(LapseReminder, invitation.ExpiresAt, time);
        State.Status = AccountStatus.Invited;
        State.PasswordHash = null;
        State.InvitationCodeHash = InvitationCodes.Hash(code);
        State.InvitationExpiresAt = invitation.ExpiresAt;
        State.FailedSignIns = 0;
        State.NextSignInHeardAt = null;
        // The code is kept in clear until it is used, so that an administrator whose answer was lost on a poor link
        // gets the same code on retry instead of a second one, and never an invitation without its code. That is
        // acceptable: it is a random one-time code, already handed to that administrator, worthless after 7 days or
        // its first use, and erased as soon as it is used.
        State.InvitationCode = code;
        State.Revision++;
        return invitation;
    }

    /// <summary>
    /// An invitation as a repeat answers it: with its code only while that very invitation is still pending (not
    /// used, not lapsed, not replaced by a later one), else with an empty code.
    /// </summary>
    private Invitation StillPending(Invitation answered) =>
        answered with
        {
            Code = State is { Status: AccountStatus.Invited, InvitationCode: { } code } && State.InvitationExpiresAt == answered.ExpiresAt ? code : "",
        };

    /// <summary>An administrator's repeat of a renewal or re-invitation: the first answer, as far as it still holds.</summary>
    private async Task<Invitation?> RepeatedInvitationAsync(Command command)
    {
        ClientMutationIds.Checked(command.ClientMutationId);
        if (!await IsAdministratorAsync(command.Actor))
            throw AccountErrors.Forbidden();
        return await RepeatedAsync(command.ClientMutationId, command) is { } receipt ? StillPending(receipt.Invitation!) : null;
    }

    private async Task<Invitation> RememberedAsync(Command command, Invitation invitation)
    {
        _receipts.Remember(command.ClientMutationId, AccountReceipt.Of(command, invitation with { Code = "" }, []));
        Tell(InvitationNotice(invitation));
        await ListAsync();
        await PersistAsync();
        await TellPendingAsync();
        return invitation;
    }

    /// <summary>
    /// Puts this account in the directory of people an administrator reads (once there, a registration writes nothing)
    /// and notes it, written with the caller's next write.
    /// </summary>
    private async Task ListAsync()
    {
        await grains.GetGrain<IPeopleDirectoryGrain>(PeopleDirectoryGrain.Key).RegisterAsync(Key);
        State.Listed = true;
    }
}
