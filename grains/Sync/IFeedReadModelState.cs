namespace Cooperation.Grains.Sync;

/// <summary>The persisted state of a <see cref="FeedReadModelGrain{TState}"/>: how far it read, and what it holds.</summary>
public interface IFeedReadModelState
{
    /// <summary>The partnership's feed revision read up to.</summary>
    long Revision { get; set; }

    /// <summary>Whether the read model already holds the entity of that feed line at its version or a later one.</summary>
    bool Holds(FeedEntry entry);
}
