using System.Buffers.Text;
using System.Text;

namespace Cooperation.GraphQL.Schema.Relay;

/// <summary>
/// Opaque Relay global ids: base64url of <c>Type:key</c>, so clients never build ids by hand and the
/// server can change its keys later.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, string key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{key}"));

    /// <summary>Returns the type name and key of a global id, or null when the text is not one.</summary>
    public static (string TypeName, string Key)? TryDecode(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 512)
            return null;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
            var colon = text.IndexOf(':');
            return colon > 0 && colon < text.Length - 1 ? (text[..colon], text[(colon + 1)..]) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
