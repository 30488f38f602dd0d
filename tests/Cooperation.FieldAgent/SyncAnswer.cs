using System.Text.Json.Nodes;

namespace Cooperation.FieldAgent;

/// <summary>What one sync round trip brought back.</summary>
/// <param name="Results">Each action's fate, in the order sent (<c>SyncActionResult</c>).</param>
/// <param name="Changes">The changes since the cursor (<c>ChangeSet</c>), including the next cursor.</param>
/// <param name="Acknowledged">Actions that left the outbox.</param>
/// <param name="Kept">Actions kept for the next sync (their refusal was passing).</param>
/// <param name="Refused">Actions refused for good, now in <see cref="Outbox.Refused"/>.</param>
public sealed record SyncAnswer(JsonArray Results, JsonObject Changes, int Acknowledged, int Kept, int Refused);
