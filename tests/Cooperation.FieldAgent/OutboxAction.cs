using System.Text.Json.Nodes;

namespace Cooperation.FieldAgent;

/// <summary>
/// One queued action: a field-work mutation's name and the very input it takes alone, carrying its client id, as the
/// web client stores it in IndexedDB before anything goes on the wire.
/// </summary>
/// <param name="Mutation">The sync action's name, e.g. <c>confirmShipmentItems</c>.</param>
/// <param name="Input">The mutation's input, <c>clientMutationId</c> included.</param>
public sealed record OutboxAction(string Mutation, JsonObject Input)
{
    public string ClientMutationId => Input["clientMutationId"]?.GetValue<string>()
        ?? throw new InvalidOperationException($"A {Mutation} action has no clientMutationId.");

    /// <summary>The <c>SyncAction</c> (@oneOf) as it goes up: <c>{ "confirmShipmentItems": { … } }</c>.</summary>
    public JsonObject ToSyncAction() => new() { [Mutation] = Input.DeepClone() };
}
