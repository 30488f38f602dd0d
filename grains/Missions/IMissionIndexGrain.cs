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
    /// Always interleaved, so that it never holds the index while entities register (<see cref="Common.Indexes.PartnershipIndexGrain{TState}"/>).
    /// </summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<Mission>> ReadAllAsync(Actor actor);
}
