namespace Cooperation.Grains.Notices;

/// <summary>
/// A mail waiting in a person's outbox until the SMTP relay accepts it. <see cref="Id"/> is the notice's (or the
/// digest's) and becomes the Message-Id, so that a mail sent again after a lost answer is recognisably the same.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OutgoingMail(
    [property: Id(0)] string Id,
    [property: Id(1)] string To,
    [property: Id(2)] string Subject,
    [property: Id(3)] string Text,
    [property: Id(4)] int Attempts = 0);
