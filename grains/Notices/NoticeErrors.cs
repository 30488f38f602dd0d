namespace Cooperation.Grains.Notices;

/// <summary>The refusals of the notices, worded once, French first.</summary>
public static class NoticeErrors
{
    public static DomainException Forbidden() => new(
        DomainErrorCode.Forbidden,
        "Chacun ne lit et ne règle que ses propres avis.",
        "Each person reads and sets only their own notices.");

    public static DomainException Invalid(string messageFr, string messageEn) =>
        new(DomainErrorCode.Validation, messageFr, messageEn);
}
