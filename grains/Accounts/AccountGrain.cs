using System.Security.Cryptography;
using System.Text;
using Cooperation.Grains.Accounts.Commands;
using Cooperation.Grains.Common.Journal;
using Cooperation.Grains.Notices;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Partnerships.Commands;
using Cooperation.Grains.Sync;
using Microsoft.AspNetCore.Identity;

namespace Cooperation.Grains.Accounts;

/// <inheritdoc cref="IAccountGrain"/>
public sealed partial class AccountGrain(
    [PersistentState("account", StorageNames.Cooperation)] IPersistentState<AccountState> state,
    IGrainFactory grains,
    TimeProvider time) : Grain, IAccountGrain
{
    /// <summary>Sessions remembered per account; registering one more ends the oldest.</summary>
    public const int MaxOpenSessions = 50;

    public const int MaxSessionIdLength = 200;

    // The longest client mutation id a partnership accepts (ClientMutationIds.MaxLength).
    private const int MaxPartnershipMutationIdLength = 100;

    // History entries of actions that carry no client mutation id (accepting an invitation, revoking sessions).
    private const string NoClientMutationId = "";

    private AccountState State => state.State;

    private string Key => this.GetPrimaryKeyString();

    private Journal<HistoryEntry> _history = null!;
    private ReceiptJournal<AccountReceipt> _receipts = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _history = this.JournalOf("account.history", () => State.HistoryTail);
        _receipts = this.ReceiptJournalOf("account.receipts", () => State.ReceiptTail);
        MoveStoredLists();
        // What the last activation wrote and did not get to tell; no longer kept in the record from the next write.
        return PendingNotices.TellAsync(grains, State.NoticesToTell);
    }

    /// <summary>
    /// A state stored before the journals kept its whole history and receipts: they move into the journals' tails
    /// here, in memory, and the first write seals them. A pending invitation's code leaves its receipt for the state.
    /// </summary>
    private void MoveStoredLists()
    {
        if (State is { History.Count: 0, Receipts.Count: 0 })
            return;
        foreach (var (id, receipt) in State.Receipts.Where(r => r.Value.Invitation is { Code.Length: > 0 }).ToList())
        {
            if (InvitationCodes.Matches(receipt.Invitation!.Code, State.InvitationCodeHash))
                State.InvitationCode = receipt.Invitation.Code;
            State.Receipts[id] = receipt with { Invitation = receipt.Invitation with { Code = "" } };
        }
        _receipts.Import(State.Receipts, State.History);
        _history.Import(State.History);
        (State.History, State.Receipts) = ([], []);
    }

    async Task<Invitation> IAccountGrain.InviteAsync(InvitePerson command)
    {
        var id = ClientMutationIds.Checked(command.ClientMutationId);
        if (!await IsAdministratorAsync(command.Actor))
            throw AccountErrors.Forbidden();
        if (await RepeatedAsync(id, command) is { } repeated)
        {
            // The first call may have stopped after this account's write and before every partnership heard of
            // it: tell them again (they ignore what they already applied), then answer as the first time, the code
            // only while it is still to be used.
            await TellPartnershipsAsync(id, command.Actor, repeated.PartnershipSlugs);
            if (State.InvitationCode is { } pending)
                await SendInvitationAsync(pending, repeated.Invitation!.ExpiresAt);
            return StillPending(repeated.Invitation!);
        }
        if (State.Exists)
            throw AccountErrors.AlreadyInvited(Key);

        // The API asks for account grains by AccountRules.Key only; a key it would not give holds no account.
        if (AccountRules.Key(Key) != Key)
            throw AccountErrors.Invalid($"« {Key} » n'est pas une clé de compte.", $"'{Key}' is not an account key.");
        var displayName = AccountRules.DisplayName(command.DisplayName);
        var roles = Roles(command.Roles);
        var memberships = Memberships(command.Memberships);
        var team = AccountRules.Team(command.Team);
        foreach (var membership in memberships)
        {
            if (await grains.GetGrain<IPartnershipGrain>(membership.PartnershipSlug).FindAsync() is null)
                throw PartnershipErrors.UnknownPartnership(membership.PartnershipSlug);
        }

        var now = time.GetUtcNow();
        State.InvitedAt = now;
        State.DisplayName = displayName;
        State.Roles = roles;
        State.Memberships = memberships;
        State.Team = team;
        var invitation = await NewInvitationAsync(now);
        Tell(InvitationNotice(invitation));
        _history.Append(new HistoryEntry(State.Revision, now, command.Actor, "AccountInvited", Key, null, null, displayName, id));
        var receipt = AccountReceipt.Of(command, invitation with { Code = "" }, [.. memberships.Select(m => m.PartnershipSlug)]);
        _receipts.Remember(id, receipt);
        // Listed first: a directory entry whose account was never written is read as no one.
        await ListAsync();
        await PersistAsync();

        await TellPartnershipsAsync(id, command.Actor, receipt.PartnershipSlugs);
        await TellPendingAsync();
        return invitation;
    }

    /// <summary>The invitation's code, mailed to the address (when mail is on); sent again, it is still one mail.</summary>
    private Task SendInvitationAsync(string code, DateTimeOffset expiresAt) =>
        grains.TellAsync(InvitationNotice(new Invitation(Key, code, expiresAt)));

    private NoticeToTell InvitationNotice(Invitation invitation) =>
        NoticeToTell.To([Key], NoticeEvents.Invitation(Key, State.DisplayName, invitation.Code, invitation.ExpiresAt, time.GetUtcNow()));

    /// <summary>Records mail the action owes the account's owner, written with the action and told once it is durable.</summary>
    private void Tell(NoticeToTell notice) => State.NoticesToTell.Add(notice);

    /// <summary>
    /// Tells what the account's writes owe its owner and did not get to tell (the silo stopped, her notices were out
    /// of reach). Once told, the record is written again without it: the mail holds a one-time code in clear, which the
    /// account keeps no longer than it must.
    /// </summary>
    private async Task TellPendingAsync()
    {
        if (State.NoticesToTell.Count == 0)
            return;
        await PendingNotices.TellAsync(grains, State.NoticesToTell);
        if (State.NoticesToTell.Count == 0)
            await PersistAsync();
    }

    async Task<AccountAccess> IAccountGrain.AcceptInvitationAsync(string code, string password)
    {
        var matches = InvitationCodes.Matches(code, State.InvitationCodeHash);
        var now = time.GetUtcNow();
        if (!matches || !State.Exists || State.Status != AccountStatus.Invited || now > State.InvitationExpiresAt)
            throw AccountErrors.InvitationNotValid();
        AccountRules.Password(password);

        State.PasswordHash = PasswordHashing.Hash(Key, password);
        State.Status = AccountStatus.Active;
        ForgetInvitationCode();
        State.FailedSignIns = 0;
        State.NextSignInHeardAt = null;
        State.Revision++;
        _history.Append(new HistoryEntry(
            State.Revision, now, new Actor(Key, State.DisplayName), "InvitationAccepted", Key, "status",
            nameof(AccountStatus.Invited), nameof(AccountStatus.Active), NoClientMutationId));
        await PersistAsync();
        await this.CancelAsync(LapseReminder);
        return Access();
    }

    async Task<SignInOutcome> IAccountGrain.SignInAsync(string password)
    {
        if (Throttled() is { } refused)
            return refused;

        // An unknown or not yet activated account is checked against a decoy hash and counts failures like any
        // other (in memory only, nothing is written for an address without an account): the caller cannot tell it
        // from a wrong password, neither by the answer nor by the time it takes.
        var hash = State.Status == AccountStatus.Active ? State.PasswordHash : null;
        var result = PasswordHashing.Verify(Key, hash, password);
        if (result is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded)
        {
            var changed = State.FailedSignIns > 0 || State.NextSignInHeardAt is not null;
            State.FailedSignIns = 0;
            State.NextSignInHeardAt = null;
            if (result == PasswordVerificationResult.SuccessRehashNeeded)
            {
                State.PasswordHash = PasswordHashing.Hash(Key, password);
                changed = true;
            }
            // Accounts invited before the directory of people are listed when they next sign in, once.
            if (!State.Listed)
            {
                await ListAsync();
                changed = true;
            }
            if (changed)
                await PersistAsync();
            return new SignInOutcome(Access(), null);
        }

        return new SignInOutcome(null, await CountFailureAsync());
    }

    Task<AccountAccess?> IAccountGrain.GetAccessAsync() =>
        Task.FromResult(State.Exists ? Access() : null);

    Task<Account?> IAccountGrain.FindAsync() =>
        Task.FromResult(State.InvitedAt is { } invitedAt
            ? new Account(Key, Key, State.DisplayName, [.. State.Roles], [.. State.Memberships], State.Status, invitedAt)
            : null);

    private AccountAccess Access() =>
        new(Key, State.DisplayName, [.. State.Roles], [.. State.Memberships], State.Status, State.Team,
            State.Status == AccountStatus.Invited ? State.InvitationExpiresAt : null);

    /// <summary>True for the platform's seeding and for active administrators.</summary>
    private async Task<bool> IsAdministratorAsync(Actor actor)
    {
        if (actor == Actor.Seed)
            return true;
        // An administrator acting on her own account: read this state, since a grain calling itself would wait
        // for its own current call to end.
        if (actor.Id == Key)
            return State.Exists && IsActiveAdministrator(Access());
        // Account keys are e-mail addresses: any other id is no account, and activates no grain.
        return actor.Id.Contains('@')
            && await grains.GetGrain<IAccountGrain>(actor.Id).GetAccessAsync() is { } access
            && IsActiveAdministrator(access);
    }

    private static bool IsActiveAdministrator(AccountAccess access) =>
        access is { IsAdministrator: true, Status: AccountStatus.Active };

    private async Task RequireSelfOrAdministratorAsync(Actor actor)
    {
        if (actor.Id != Key && !await IsAdministratorAsync(actor))
            throw AccountErrors.Forbidden();
        RequireExists();
    }

    /// <summary>
    /// The receipt when the same administrator already applied this action (about the same partnership, for a
    /// membership); a reused id is refused, so that an invitation's code goes back only to whoever asked for it. A
    /// receipt written before receipts recorded who acted answers only the person its history line names.
    /// </summary>
    private Task<AccountReceipt?> RepeatedAsync(string clientMutationId, Command command) =>
        _receipts.RepeatOfAsync(clientMutationId, command);

    private void RequireExists()
    {
        if (!State.Exists)
            throw AccountErrors.UnknownAccount(Key);
    }

    private Task PersistAsync() => state.WriteOrDeactivateAsync(this, _history, _receipts);
}
