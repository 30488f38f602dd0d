namespace Cooperation.FieldAgent;

/// <summary>Where one photo stands on the phone: announced, which blocks were ever sent, committed.</summary>
internal sealed class PhotoProgress(string partnershipId, PendingPhoto photo, string announceId)
{
    public string PartnershipId { get; } = partnershipId;

    public PendingPhoto Photo { get; } = photo;

    public string AnnounceId { get; } = announceId;

    public string? CommitId { get; set; }

    public bool Announced { get; set; }

    public bool Committed { get; set; }

    /// <summary>Every block the server lacked has been sent (or the client gave up for now).</summary>
    public bool BlocksDone { get; set; }

    /// <summary>Blocks put on the wire at least once: sending one again counts as a re-send.</summary>
    public HashSet<int> Sent { get; } = [];
}
