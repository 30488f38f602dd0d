using Cooperation.Grains.Notices;
using Cooperation.Grains.Accounts.Commands;
using Microsoft.AspNetCore.Identity;

namespace Cooperation.Grains.Accounts;

// A password changed by the person who knows it, or set again with a one-time code an administrator issued. A wrong
// current password or a wrong code counts as a failed sign-in: the same slow-down guards all three doors.
public sealed partial class AccountGrain
{
    /// <summary>History action of a password changed by its owner.</summary>
    public const string PasswordChanged = "PasswordChanged";

    /// <summary>History action of a reset code issued by an administrator (the code itself is never written).</summary>
    public const string ResetCodeIssued = "ResetCodeIssued";

    /// <summary>History action of a password set with a reset code.</summary>
    public const string PasswordReset = "PasswordReset";

    async Task<SignInOutcome> IAccountGrain.ChangePasswordAsync(ChangePassword command, string currentPassword, string newPassword)
    {
        var id = ClientMutationIds.Checked(command.ClientMutationId);
        // Only the person herself: an administrator never learns nor sets a password, she issues a reset code.
        if (command.Actor.Id != Key || State.Status != AccountStatus.Active)
            throw AccountErrors.Forbidden();
        if (await RepeatedAsync(id, command) is not null)
            return new SignInOutcome(Access(), null);
        if (Throttled() is { } wait)
            return wait;
        if (!PasswordMatches(currentPassword))
        {
            await CountFailureAsync();
            throw AccountErrors.WrongCurrentPassword();
        }
        AccountRules.Password(newPassword);

        // Whoever else held the old password may hold a session opened with it: each one ends, but this one.
        var ended = await EndSessionsAsync(keep: command.KeptSessionId);
        var now = time.GetUtcNow();
        SetPassword(newPassword);
        State.Revision++;
        _history.Append(new HistoryEntry(State.Revision, now, command.Actor, PasswordChanged, Key, "sessions", null, Count(ended), id));
        _receipts.Remember(id, AccountReceipt.Of(command, null, []));
        await PersistAsync();
        return new SignInOutcome(Access(), null);
    }

    async Task<ResetCode> IAccountGrain.IssueResetCodeAsync(IssueResetCode command)
    {
        var id = ClientMutationIds.Checked(command.ClientMutationId);
        if (!await IsAdministratorAsync(command.Actor))
            throw AccountErrors.Forbidden();
        // The code is shown once: a repeat answers with its date only.
        if (await RepeatedAsync(id, command) is { } receipt)
            return receipt.ResetCode!;
        RequireExists();
        if (State.Status != AccountStatus.Active)
            throw AccountErrors.NotYetActive(Key);

        var now = time.GetUtcNow();
        var code = InvitationCodes.New();
        var resetCode = new ResetCode(Key, code, now + InvitationCodes.Lifetime);
        State.ResetCodeHash = InvitationCodes.Hash(code);
        State.ResetCodeExpiresAt = resetCode.ExpiresAt;
        State.Revision++;
        _history.Append(new HistoryEntry(
            State.Revision, now, command.Actor, ResetCodeIssued, Key, "expiresAt", null,
            resetCode.ExpiresAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture), id));
        _receipts.Remember(id, AccountReceipt.Of(command, null, []) with { ResetCode = resetCode with { Code = "" } });
        // Mailed to her address too (when mail is on), for an administrator who cannot hand it over in person.
        Tell(NoticeToTell.To([Key], NoticeEvents.ResetCode(Key, code, resetCode.ExpiresAt, now)));
        await PersistAsync();
        await TellPendingAsync();
        return resetCode;
    }

    async Task<SignInOutcome> IAccountGrain.ResetPasswordAsync(string code, string newPassword)
    {
        if (Throttled() is { } wait)
            return wait;
        var now = time.GetUtcNow();
        // Checked on use: an expired code simply no longer matches, whether or not anyone ever types it.
        if (!InvitationCodes.Matches(code, State.ResetCodeHash) || State.Status != AccountStatus.Active || now > State.ResetCodeExpiresAt)
        {
            await CountFailureAsync();
            throw AccountErrors.ResetCodeNotValid();
        }
        AccountRules.Password(newPassword);

        var ended = await EndSessionsAsync(keep: null);
        SetPassword(newPassword);
        State.Revision++;
        _history.Append(new HistoryEntry(
            State.Revision, now, new Actor(Key, State.DisplayName), PasswordReset, Key, "sessions", null, Count(ended), NoClientMutationId));
        await PersistAsync();
        return new SignInOutcome(Access(), null);
    }

    /// <summary>The new password's hash; a pending reset code and the failures counted so far go with the old one.</summary>
    private void SetPassword(string password)
    {
        State.PasswordHash = PasswordHashing.Hash(Key, password);
        State.ResetCodeHash = null;
        State.FailedSignIns = 0;
        State.NextSignInHeardAt = null;
    }

    private bool PasswordMatches(string? password) =>
        PasswordHashing.Verify(Key, State.Status == AccountStatus.Active ? State.PasswordHash : null, password)
            is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded;

    /// <summary>The refusal while attempts are not heard (<see cref="SignInThrottle"/>), or null.</summary>
    private SignInOutcome? Throttled()
    {
        var now = time.GetUtcNow();
        return State.NextSignInHeardAt is { } heardAt && now < heardAt ? new SignInOutcome(null, heardAt - now) : null;
    }

    /// <summary>One more failure; written only for an account that exists (nothing is stored for an unknown address).</summary>
    private async Task<TimeSpan?> CountFailureAsync()
    {
        State.FailedSignIns++;
        var wait = SignInThrottle.WaitAfter(State.FailedSignIns);
        State.NextSignInHeardAt = time.GetUtcNow() + wait;
        if (State.Exists)
            await PersistAsync();
        return wait;
    }

    private static string Count(int sessions) => sessions.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
