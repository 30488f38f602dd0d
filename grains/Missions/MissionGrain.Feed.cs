namespace Cooperation.Grains.Missions;

// Telling the partnership what changed, so its change feed lists the mission and its index knows it.
public sealed partial class MissionGrain
{
    /// <summary>The kind under which missions appear in a partnership's change feed.</summary>
    public const string Kind = "Mission";

    /// <summary>The partnership's index lists the mission.</summary>
    protected override Task RegisterAsync(string partnership) => Grains.GetGrain<IMissionIndexGrain>(partnership).RegisterAsync(Key);
}
