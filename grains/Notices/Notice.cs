namespace Cooperation.Grains.Notices;

/// <summary>
/// One thing a person is told: French first, English beside. <see cref="Id"/> comes from the event itself (a report, its
/// due date and the kind), so that the same event told twice is one notice.
/// </summary>
/// <param name="Link">The app's path of what the notice is about (« /reports/… »), or null.</param>
/// <param name="MailOnly">
/// Sent to the address, never listed in the app: an invitation or a reset code, for someone who cannot sign in yet; its
/// text holds a one-time code that the list would otherwise keep.
/// </param>
[GenerateSerializer, Immutable]
public sealed record Notice(
    [property: Id(0)] string Id,
    [property: Id(1)] NoticeKind Kind,
    [property: Id(2)] string TitleFr,
    [property: Id(3)] string TitleEn,
    [property: Id(4)] string TextFr,
    [property: Id(5)] string TextEn,
    [property: Id(6)] string? Link,
    [property: Id(7)] DateTimeOffset At,
    [property: Id(8)] bool Read = false,
    [property: Id(9)] bool MailOnly = false);
