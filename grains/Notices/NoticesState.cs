namespace Cooperation.Grains.Notices;

/// <summary>Persisted state of one person's notices: the list, the ids already heard, the mail waiting to leave.</summary>
[GenerateSerializer]
public sealed class NoticesState
{
    /// <summary>The app's list, oldest first: unread ones kept until read, the newest read ones kept beside them.</summary>
    [Id(0)] public List<Notice> Notices { get; set; } = [];

    /// <summary>
    /// Every notice id heard, with when: an event told again (a reminder's second tick, a repeated action) finds its id
    /// here and changes nothing. Forgotten after <see cref="NoticesGrain.SeenKeptFor"/>, long after any repeat.
    /// </summary>
    [Id(1)] public Dictionary<string, DateTimeOffset> Seen { get; set; } = [];

    /// <summary>Mail not yet accepted by the relay, oldest first.</summary>
    [Id(2)] public List<OutgoingMail> Outbox { get; set; } = [];

    /// <summary>Notices waiting for the next daily digest.</summary>
    [Id(3)] public List<Notice> Digest { get; set; } = [];

    [Id(4)] public NoticeChoice Choice { get; set; }

    /// <summary>When the digest of <see cref="Digest"/> leaves: the first digest moment after its first notice.</summary>
    [Id(5)] public DateTimeOffset? DigestDueAt { get; set; }
}
