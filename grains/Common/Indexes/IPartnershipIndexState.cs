namespace Cooperation.Grains.Common.Indexes;

/// <summary>The persisted state of a partnership index: the entities' keys, whatever else it keeps beside them.</summary>
public interface IPartnershipIndexState
{
    List<string> Keys { get; }
}
