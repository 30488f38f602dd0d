namespace Cooperation.Grains.Uploads;

/// <summary>Where a photo upload stands.</summary>
public enum UploadStatus
{
    /// <summary>Announced; blocks may arrive, in any order, until it is committed or expires.</summary>
    Announced,

    /// <summary>Every block arrived, the photo matched its checksum and type; it never changes again.</summary>
    Committed,

    /// <summary>Left uncommitted for <see cref="UploadRules.Lifetime"/>: its blocks are gone, a restart opens a new window.</summary>
    Expired,
}
