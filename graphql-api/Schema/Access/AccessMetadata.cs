namespace Cooperation.GraphQL.Schema.Access;

/// <summary>Attaches an <see cref="AccessRule"/> to a field and reads it back.</summary>
public static class AccessMetadata
{
    private const string Key = "cooperation:access";
    private const string InheritedKey = "cooperation:access-inherited";

    /// <summary>Declares who may ask for this field.</summary>
    public static TMetadataWriter WithAccess<TMetadataWriter>(this TMetadataWriter field, AccessRule rule)
        where TMetadataWriter : IMetadataWriter
    {
        field.WithMetadata(Key, rule);
        return field;
    }

    /// <summary>The field's rule, or null when it declares none.</summary>
    public static AccessRule? AccessOf(this IProvideMetadata field) =>
        field.HasMetadata(Key) ? field.GetMetadata<AccessRule>(Key) : null;

    /// <summary>
    /// Marks a type whose fields anyone who reached the object may read (a milestone's title, a party's name):
    /// the rule that matters is the one of the field that led there.
    /// </summary>
    public static void FieldsGuardedByParent(this IGraphType type) => type.WithMetadata(InheritedKey, true);

    /// <summary>Whether a type's fields take their rule from the field that led there.</summary>
    public static bool IsGuardedByParent(this IGraphType type) =>
        type.GetMetadata(InheritedKey, false)
        // GraphQL.NET's own Relay wrappers carry no metadata of ours; the connection field itself has the rule.
        || type is global::GraphQL.Types.Relay.PageInfoType
        || type.GetType() is { IsGenericType: true } generic && generic.GetGenericTypeDefinition() == typeof(global::GraphQL.Types.Relay.EdgeType<>);
}
