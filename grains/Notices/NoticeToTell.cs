using Cooperation.Grains.Accounts;

namespace Cooperation.Grains.Notices;

/// <summary>
/// A notice an action owes, kept in the acting grain's state from the write that records the action until every
/// person it is for has it (<see cref="Sync.PendingNotices"/>): a grain that stops in between tells it when it is back.
/// </summary>
/// <param name="People">The account keys told, when the notice names them.</param>
/// <param name="MembersOf">The partnership whose members holding <paramref name="Role"/> are told, asked when it is told.</param>
[GenerateSerializer, Immutable]
public sealed record NoticeToTell(
    [property: Id(0)] Notice Notice,
    [property: Id(1)] IReadOnlyList<string> People,
    [property: Id(2)] string? MembersOf = null,
    [property: Id(3)] MemberRole Role = default)
{
    /// <summary>For the people named.</summary>
    public static NoticeToTell To(IEnumerable<string> people, Notice notice) => new(notice, [.. people]);

    /// <summary>For a partnership's members who hold <paramref name="role"/>.</summary>
    public static NoticeToTell ToMembers(string slug, MemberRole role, Notice notice) => new(notice, [], slug, role);
}
