namespace Cooperation.Grains.Missions;

/// <summary>
/// L'index des missions de terrain d'un partenariat: the keys of its missions, so listing them needs no scan.
/// Key: the partnership's slug.
/// </summary>
public interface IMissionIndexGrain : IGrainWithStringKey
{
    /// <summary>Adds a mission's key (sent by the mission grain after its first durable write); a repeat changes nothing.</summary>
    Task RegisterAsync(string missionKey);

    /// <summary>Returns the mission keys in the order they were planned, to members and administrators of the partnership.</summary>
    Task<IReadOnlyList<string>> ListAsync(Actor actor);

    /// <summary>
    /// Returns the missions themselves in the order they were planned, to members and administrators, asking the partnership once.
    /// Always interleaved: an entity registering itself waits for this index while this read waits for that entity, so
    /// holding the index's turn here would stall both until the call times out; the keys are read at once, and a key
    /// just being written names an entity already stored.
    /// </summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<Mission>> ReadAllAsync(Actor actor);
}
