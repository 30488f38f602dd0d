using Cooperation.Grains.Partnerships;

namespace Cooperation.GraphQL.Schema;

/// <summary>
/// What a request already read of the grains for the fields further down its document, kept until its answer is
/// written: a partnership read with its milestones answers <c>milestones</c> without a second grain call. Nothing
/// outlives the request, so nothing here can be stale for the next one.
/// </summary>
public sealed class RequestReads
{
    public const string UserContextKey = "reads";

    // Fields of one request may resolve in parallel (two aliases of the same partnership, say). Made on first use:
    // most requests keep nothing.
    private readonly Lock _lock = new();
    private Dictionary<string, IReadOnlyList<Milestone>>? _milestones;

    public void KeepMilestones(string partnershipSlug, IReadOnlyList<Milestone> milestones)
    {
        lock (_lock)
            (_milestones ??= new(StringComparer.Ordinal))[partnershipSlug] = milestones;
    }

    public IReadOnlyList<Milestone>? MilestonesOf(string partnershipSlug)
    {
        lock (_lock)
            return _milestones?.GetValueOrDefault(partnershipSlug);
    }
}
