using Cooperation.Grains.Common.Journal;

namespace Cooperation.Grains.Accounts;

/// <summary>
/// Persisted state of one account: who the person is, her roles and memberships, her password hash, the hash of her
/// pending invitation code, her sign-in failures, her open sessions, and the open tails of her history and of the ids of the actions applied, whose older entries
/// are sealed in segments: what one action writes stays the same size however old the account.
/// </summary>
/// <remarks>A password is never kept, only its hash; an invitation code as a hash and, until used, in clear.</remarks>
[GenerateSerializer]
public sealed class AccountState
{
    /// <summary>When the person was invited; null while there is no account under this key.</summary>
    [Id(0)] public DateTimeOffset? InvitedAt { get; set; }

    [Id(1)] public string DisplayName { get; set; } = "";

    [Id(2)] public List<AccountRole> Roles { get; set; } = [];

    /// <summary>At most one per partnership, in the order they were added.</summary>
    [Id(3)] public List<Membership> Memberships { get; set; } = [];

    [Id(4)] public AccountStatus Status { get; set; }

    /// <summary>PasswordHasher's hash; null until the invitation is accepted.</summary>
    [Id(5)] public string? PasswordHash { get; set; }

    /// <summary>SHA-256 of the pending invitation code; null once used.</summary>
    [Id(6)] public byte[]? InvitationCodeHash { get; set; }

    [Id(7)] public DateTimeOffset InvitationExpiresAt { get; set; }

    /// <summary>Consecutive failed sign-ins since the last success; persisted so that a restart does not lift a lockout.</summary>
    [Id(8)] public int FailedSignIns { get; set; }

    /// <summary>No sign-in attempt is heard before this moment; null when attempts are heard at once.</summary>
    [Id(9)] public DateTimeOffset? NextSignInHeardAt { get; set; }

    /// <summary>Ids of the sessions opened by sign-ins and not yet ended through this account, oldest first.</summary>
    [Id(10)] public List<string> Sessions { get; set; } = [];

    /// <summary>The whole history, as states stored before the journals kept it: read once, then moved to <see cref="HistoryTail"/>.</summary>
    [Id(11)] public List<HistoryEntry> History { get; set; } = [];

    /// <summary>Every receipt, as states stored before the journals kept them: read once, then moved to <see cref="ReceiptTail"/>.</summary>
    [Id(12)] public Dictionary<string, AccountReceipt> Receipts { get; set; } = [];

    /// <summary>Grows by one with every applied change.</summary>
    [Id(13)] public long Revision { get; set; }

    /// <summary>The research team she belongs to (« LISST-CIEU »), or null; set at invitation.</summary>
    [Id(14)] public string? Team { get; set; }

    /// <summary>Append-only history: its newest lines; older ones are sealed (<see cref="Journal{TEntry}"/>).</summary>
    [Id(15)] public JournalTail<HistoryEntry> HistoryTail { get; set; } = new();

    /// <summary>Applied client mutation ids, kept for the life of the account (DESIGN §4 rule 2): the newest; older ones are sealed.</summary>
    [Id(16)] public JournalTail<KeptReceipt<AccountReceipt>> ReceiptTail { get; set; } = new();

    /// <summary>
    /// The pending invitation's code in clear, until it is used: what a repeat of the invitation answers (see
    /// <see cref="AccountGrain"/>). Receipts never hold it, so that a sealed one never has to change.
    /// </summary>
    [Id(17)] public string? InvitationCode { get; set; }

    /// <summary>SHA-256 of the pending password reset code; null when none was issued, or once used or replaced.</summary>
    [Id(18)] public byte[]? ResetCodeHash { get; set; }

    /// <summary>The pending reset code is refused after this moment (checked when it is typed).</summary>
    [Id(19)] public DateTimeOffset ResetCodeExpiresAt { get; set; }

    /// <summary>Whether the account is in the directory of people (accounts invited before it are listed at their next sign-in).</summary>
    [Id(20)] public bool Listed { get; set; }

    /// <summary>
    /// The mail the account's actions owe its owner (an invitation, a reset code), written with the action and removed
    /// once told (<see cref="Sync.PendingNotices"/>).
    /// </summary>
    [Id(21)] public List<Notices.NoticeToTell> NoticesToTell { get; set; } = [];

    public bool Exists => InvitedAt is not null;
}
