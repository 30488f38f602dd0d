namespace Cooperation.Grains.Notices;

/// <summary>A page of a person's notices, newest first, with the counts the header shows.</summary>
/// <param name="Offset">The position of the page's first notice in the whole list.</param>
[GenerateSerializer, Immutable]
public sealed record NoticePage(
    [property: Id(0)] IReadOnlyList<Notice> Notices,
    [property: Id(1)] int Offset,
    [property: Id(2)] int TotalCount,
    [property: Id(3)] int UnreadCount,
    [property: Id(4)] NoticeChoice Choice);
