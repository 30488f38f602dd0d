namespace Cooperation.GraphQL.Schema.Relay;

/// <summary>
/// The global ids of one type of node whose id wraps a grain key: encodes a key, and turns a client's id back into
/// one, refusing a malformed id (another type, a key the grain would refuse) before any grain is activated.
/// </summary>
/// <param name="typeName">The node's GraphQL type name, the first part of its global ids.</param>
/// <param name="isValidKey">The domain's own rule for its keys.</param>
/// <param name="whatFr">What the id should have been, in the refusal: « un identifiant de mission ».</param>
/// <param name="whatEn">The same in English: "a mission id".</param>
/// <param name="readableAccepted">Whether the readable key itself ("seneclic", "fsn-2026") is accepted as well.</param>
public sealed class NodeKeys(string typeName, Func<string, bool> isValidKey, string whatFr, string whatEn, bool readableAccepted = false)
{
    public string TypeName => typeName;

    public string GlobalIdOf(string key) => GlobalId.Encode(typeName, key);

    /// <summary>The grain key of a client's id, or a validation error that names what was expected.</summary>
    public string Key(string id)
    {
        var key = GlobalId.TryDecode(id) is var (type, decoded) && type == typeName ? decoded : readableAccepted ? id : null;
        return key is not null && isValidKey(key)
            ? key
            : throw ApiErrors.Validation($"« {id} » n'est pas {whatFr}.", $"'{id}' is not {whatEn}.");
    }
}
