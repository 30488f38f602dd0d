namespace Cooperation.GraphQL.Sync;

/// <summary>
/// The input of a sync action whose mutation may also act on something that is no partnership's (an application's
/// annotations). Such an action is refused from a partnership's sync batch: its effect would never come back in that
/// partnership's changes. It is sent as its mutation alone, with the same client mutation id.
/// </summary>
public interface IOutsidePartnershipAction
{
    /// <summary>Whether this action acts outside every partnership.</summary>
    bool IsOutsidePartnerships { get; }
}
