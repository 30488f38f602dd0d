namespace Cooperation.Grains.Missions;

// Telling the partnership what changed, so its change feed lists the mission and its index knows it.
public sealed partial class MissionGrain
{
    /// <summary>The kind under which missions appear in a partnership's change feed.</summary>
    public const string Kind = "Mission";

    protected override string FeedKind => Kind;

    /// <summary>The partnership the key names: its members have access, its feed and index list the entity.</summary>
    protected override string? Partnership => Slug;

    /// <summary>The partnership's index lists the mission.</summary>
    protected override Task RegisterAsync(string partnership) => Grains.GetGrain<IMissionIndexGrain>(partnership).RegisterAsync(Key);
}
