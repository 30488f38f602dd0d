namespace Cooperation.Silo.Tests.Storage;

/// <summary>
/// Hides the streaming interface of another serializer, so the provider's plain (whole-buffer) path is exercised:
/// both Orleans JSON serializers implement the streaming one, which the provider prefers.
/// </summary>
public sealed class NonStreamingSerializer(IGrainStorageSerializer inner) : IGrainStorageSerializer
{
    /// <inheritdoc />
    public BinaryData Serialize<T>(T? input) => inner.Serialize(input);

    /// <inheritdoc />
    public T? Deserialize<T>(BinaryData input) => inner.Deserialize<T>(input);
}
