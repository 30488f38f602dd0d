using System.Security.Cryptography;
using System.Text;

namespace Cooperation.Grains.Annotations;

/// <summary>
/// An annotation's identity in its document, for its global id and the cursors of thread pages: the id its creator
/// chose, and a tag of the creator, since two people's ids may be the same. The tag is a digest of who she is salted
/// with the document, so that neither an id nor a cursor carries an e-mail address or links one person's annotations
/// across documents; it is computed from what every annotation has always stored, so older annotations have one too.
/// </summary>
/// <param name="CreatorTag">The creator's tag; null in a global id made when ids were the document's, which names the
/// annotation of that id the reader sees, her own first.</param>
/// <param name="Id">The id the creator chose.</param>
[GenerateSerializer, Immutable]
public sealed record AnnotationKey([property: Id(0)] string? CreatorTag, [property: Id(1)] string Id)
{
    private const char Separator = '.';

    public static AnnotationKey Of(Annotation annotation) =>
        new(TagOf(AnnotationRules.KeyFor(annotation.Target.Kind, annotation.Target.DocumentId), annotation.Creator.Id), annotation.Id);

    /// <summary>Whether <paramref name="annotation"/> is the one this key names (a key without tag names any of that id).</summary>
    public bool Names(Annotation annotation) =>
        annotation.Id == Id && (CreatorTag is null || CreatorTag == Of(annotation).CreatorTag);

    /// <summary>The text form, <c>tag.id</c>: annotation ids hold no dot.</summary>
    public override string ToString() => CreatorTag is null ? Id : $"{CreatorTag}{Separator}{Id}";

    /// <summary>The key a text form names (an id alone names it as global ids once did), or null when the text is not one.</summary>
    public static AnnotationKey? Parse(string? text)
    {
        if (text is null)
            return null;
        var dot = text.IndexOf(Separator);
        var (tag, id) = dot < 0 ? (null, text) : (text[..dot], text[(dot + 1)..]);
        return AnnotationRules.IsValidAnnotationId(id) && (tag is null || IsTag(tag)) ? new AnnotationKey(tag, id) : null;
    }

    /// <summary>Sixteen hex digits of SHA-256 over the document's key and the creator's id.</summary>
    private static string TagOf(string documentKey, string creatorId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{documentKey}\n{creatorId}")), 0, 8);

    private static bool IsTag(string text) => text.Length == 16 && text.All(char.IsAsciiHexDigitLower);
}
