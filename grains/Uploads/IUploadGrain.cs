using Cooperation.Grains.Uploads.Commands;

namespace Cooperation.Grains.Uploads;

/// <summary>
/// One resumable photo upload (DESIGN §4 rule 5). Key: "{partnershipSlug}/{uploadId}", the upload id chosen by the
/// client so that a verdict can name the photo before it is sent.
/// </summary>
/// <remarks>
/// The client announces the photo (type, size, SHA-256, the item or report it belongs to), sends 32 KB blocks in any
/// order (each staged as a block of an Azure block blob; sending one twice is harmless), asks which blocks are still
/// missing (blob storage answers, not this grain's memory), then commits: the photo is checked against its checksum
/// and its type's first bytes before it is kept, and never changes afterwards. An upload left uncommitted for 7 days
/// expires; a restart opens a new window. Receipt photos are sent by the South side, report photos by the North side;
/// every member reads a committed photo.
/// </remarks>
public interface IUploadGrain : IGrainWithStringKey
{
    /// <summary>Announces the photo; the same facts again answer the same upload (and restart it once expired).</summary>
    Task<Upload> AnnounceAsync(AnnounceUpload command);

    /// <summary>Stores one block; out-of-range indexes and wrong lengths are refused.</summary>
    Task StageBlockAsync(Actor actor, int index, byte[] bytes);

    /// <summary>Assembles and checks the photo once every block arrived.</summary>
    Task<Upload> CommitAsync(CommitUpload command);

    /// <summary>Drops the blocks sent so far and opens a new 7-day window.</summary>
    Task<Upload> RestartAsync(RestartUpload command);

    /// <summary>
    /// Where the upload stands, with the blocks still missing; to members of the partnership, and an application's piece
    /// also to those who read the application (a cached copy is checked against it).
    /// </summary>
    Task<Upload> GetAsync(Actor actor);

    /// <summary>The committed file, to members of the partnership; an application's piece also to those who read the application.</summary>
    Task<UploadContent> ReadAsync(Actor actor);
}
