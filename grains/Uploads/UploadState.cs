namespace Cooperation.Grains.Uploads;

/// <summary>Persisted state of one upload: the announced facts and where it stands. The blocks themselves live in blob storage.</summary>
[GenerateSerializer]
public sealed class UploadState
{
    /// <summary>False until the upload is announced.</summary>
    [Id(0)] public bool Announced { get; set; }

    [Id(1)] public UploadTarget? Target { get; set; }

    [Id(2)] public string ContentType { get; set; } = "";

    [Id(3)] public long Size { get; set; }

    /// <summary>Lower-case hexadecimal SHA-256 of the whole file.</summary>
    [Id(4)] public string Sha256 { get; set; } = "";

    [Id(5)] public UploadStatus Status { get; set; }

    /// <summary>
    /// Grows with each restart. It is part of the blob name, so blocks of an abandoned attempt can never be taken
    /// for blocks of the current one, even if deleting them failed.
    /// </summary>
    [Id(6)] public int Attempt { get; set; }

    [Id(7)] public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Start of the current attempt's 7-day window.</summary>
    [Id(8)] public DateTimeOffset AttemptStartedAt { get; set; }

    [Id(9)] public DateTimeOffset? CommittedAt { get; set; }

    [Id(10)] public Actor? AnnouncedBy { get; set; }

    /// <summary>Applied client mutation ids, kept for the life of the upload (DESIGN §4 rule 2).</summary>
    [Id(11)] public Dictionary<string, ActionReceipt> Receipts { get; set; } = [];
}
