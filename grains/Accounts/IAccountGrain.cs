using Cooperation.Grains.Accounts.Commands;

namespace Cooperation.Grains.Accounts;

/// <summary>
/// Un compte: a person's identity, password hash, roles and memberships. Key: the e-mail address, trimmed and
/// lower-cased (see <see cref="AccountRules.Key"/>).
/// </summary>
/// <remarks>
/// Administrator commands check the actor's own account; a refused command changes nothing. Passwords arrive in
/// clear only to be hashed (ASP.NET Core Identity's PasswordHasher) and are never stored, returned or logged.
/// </remarks>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the invited account and returns its one-time code; a repeat by the same administrator returns the same invitation.</summary>
    Task<Invitation> InviteAsync(InvitePerson command);

    /// <summary>Sets the password with the invitation code and activates the account.</summary>
    Task<AccountAccess> AcceptInvitationAsync(string code, string password);

    /// <summary>Checks a password, counting failures: slowed after 3, refused for 15 minutes after 5.</summary>
    Task<SignInOutcome> SignInAsync(string password);

    /// <summary>Returns who the person is and what they may do, or null when there is no such account.</summary>
    /// <remarks>
    /// Interleaves: it only reads, and a partnership grain asks it while this account may be waiting on that very
    /// partnership (an administrator changing her own membership).
    /// </remarks>
    [AlwaysInterleave]
    Task<AccountAccess?> GetAccessAsync();

    /// <summary>Returns the account as an administrator sees it, or null when there is none.</summary>
    Task<Account?> FindAsync();

    /// <summary>Adds, changes or removes a membership, also in the partnership's member list and history.</summary>
    Task<AccountAccess> SetMembershipAsync(SetMembership command);

    /// <summary>Replaces the person's roles beside memberships.</summary>
    Task<AccountAccess> SetRolesAsync(SetAccountRoles command);

    /// <summary>
    /// A page of the account's history, newest first: invited, activated, memberships and roles changed, sessions
    /// revoked. The person herself and administrators read it.
    /// </summary>
    Task<HistoryPage> GetHistoryPageAsync(Actor actor, HistoryPageRequest request);

    /// <summary>Remembers a session opened by a sign-in, so that a revocation can end it.</summary>
    Task RegisterSessionAsync(string sessionId);

    /// <summary>Ends every open session of the person at once (administrator, or the person herself).</summary>
    Task RevokeSessionsAsync(Actor actor);

    /// <summary>
    /// The person changes her own password, giving the current one: every other session ends. Throttled like a
    /// sign-in (<see cref="SignInOutcome.RetryAfter"/>); a wrong current password is refused and counted.
    /// </summary>
    Task<SignInOutcome> ChangePasswordAsync(ChangePassword command, string currentPassword, string newPassword);

    /// <summary>An administrator issues an active person a one-time code, valid 7 days, that sets a new password; kept hashed, shown once.</summary>
    Task<ResetCode> IssueResetCodeAsync(IssueResetCode command);

    /// <summary>Sets a new password with a reset code (anyone holding it): every session ends. Throttled like a sign-in.</summary>
    Task<SignInOutcome> ResetPasswordAsync(string code, string newPassword);

    /// <summary>Gives an invited person (her invitation lapsed or not) a new code valid 7 days; the previous one stops working.</summary>
    Task<Invitation> RenewInvitationAsync(RenewInvitation command);

    /// <summary>Sends an active person back to invited with a new code: her password and sessions end, her roles and memberships stay.</summary>
    Task<Invitation> ReinviteAsync(ReinvitePerson command);
}
