using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Sync;

namespace Cooperation.Grains.Annotations;

// Telling the partnership what changed, so its change feed lists the annotated document. An application is no
// partnership's: its annotations are in no change feed, and so in no partnership's sync.
public sealed partial class AnnotationsGrain
{
    /// <summary>The kind under which a document's annotations appear in a partnership's change feed.</summary>
    public const string Kind = "Annotations";

    public override Task OnActivateAsync(CancellationToken cancellationToken) => PendingNotices.RetryAsync(State.FeedPending, NotifyAsync);

    /// <summary>
    /// Records the change in the partnership's feed, then clears the pending flag (persisted with the next write): a
    /// notice lost between the write and here is sent again, never dropped.
    /// </summary>
    private async Task NotifyAsync()
    {
        if (FeedPartnership is { } slug)
            await grains.GetGrain<IPartnershipGrain>(slug).RecordChangeAsync(new EntityChanged(Kind, Key, State.Version));
        State.FeedPending = false;
    }

    /// <summary>The partnership whose change feed lists this document's annotations; null for an application.</summary>
    private string? FeedPartnership => AnnotationRules.ParseKey(Key).Partnership;
}
