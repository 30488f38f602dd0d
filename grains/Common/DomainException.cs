namespace Cooperation.Grains.Common;

/// <summary>
/// A refusal that crosses the grain boundary with its reason, in French first and English beside it.
/// </summary>
/// <remarks>
/// It is serialisable so the API receives the code and both messages, not a generic Orleans error.
/// Throwing it before any state change is what guarantees "refused means nothing changed".
/// </remarks>
[GenerateSerializer]
public sealed class DomainException : Exception
{
    public DomainException(DomainErrorCode code, string messageFr, string messageEn, string? reason = null)
        : base($"{messageFr} / {messageEn}")
    {
        Code = code;
        MessageFr = messageFr;
        MessageEn = messageEn;
        Reason = reason;
    }

    /// <summary>Why the command was refused.</summary>
    [Id(0)]
    public DomainErrorCode Code { get; }

    /// <summary>The reason as a French-speaking user reads it.</summary>
    [Id(1)]
    public string MessageFr { get; }

    /// <summary>The same reason in English.</summary>
    [Id(2)]
    public string MessageEn { get; }

    /// <summary>
    /// A more precise code than <see cref="Code"/> for a refusal a client tells apart (« NEGATIVE_AMOUNT »), sent as
    /// <c>extensions.code</c> in its place; null for most refusals.
    /// </summary>
    [Id(3)]
    public string? Reason { get; }
}
