using Cooperation.Grains.Accounts;
using Cooperation.Grains.Partnerships;

namespace Cooperation.Grains.Notices;

/// <summary>How the grains where events happen tell people: each person's notices grain, which keeps one notice per event.</summary>
public static class Notices
{
    /// <summary>Tells each of <paramref name="people"/> (account keys); one told twice keeps one notice.</summary>
    public static Task TellAsync(this IGrainFactory grains, IEnumerable<string> people, Notice notice) =>
        Task.WhenAll(people.Where(p => p.Contains('@')).Distinct(StringComparer.Ordinal)
            .Select(person => grains.GetGrain<INoticesGrain>(person).PostAsync(notice)));

    /// <summary>Tells the people a recorded notice is for; told twice, it is still one notice for each.</summary>
    public static Task TellAsync(this IGrainFactory grains, NoticeToTell told) =>
        told.MembersOf is { } slug ? grains.TellMembersAsync(slug, told.Role, told.Notice) : grains.TellAsync(told.People, told.Notice);

    /// <summary>Tells the members of a partnership who hold <paramref name="role"/>.</summary>
    public static async Task TellMembersAsync(this IGrainFactory grains, string slug, MemberRole role, Notice notice) =>
        await grains.TellAsync(await grains.GetGrain<IPartnershipGrain>(slug).GetMembersToTellAsync(role), notice);

    /// <summary>The partnership's name as its notices write it (its slug when it has none yet).</summary>
    public static async Task<string> PartnershipNameAsync(this IGrainFactory grains, string slug) =>
        (await grains.GetGrain<IPartnershipGrain>(slug).FindAsync())?.Name ?? slug;

}
