using System.Text.Json.Nodes;

namespace Cooperation.Deployment.Tests;

/// <summary>Path lookups in the compiled template that say which path was missing when one is.</summary>
public static class JsonNodeExtensions
{
    public static JsonNode Get(this JsonNode node, params string[] path)
    {
        var current = node;
        foreach (var name in path)
        {
            current = current[name]
                ?? throw new KeyNotFoundException($"No `{string.Join('.', path)}` in {node.ToJsonString()}");
        }
        return current;
    }

    public static string Text(this JsonNode node, params string[] path) => node.Get(path).GetValue<string>();

    public static bool Flag(this JsonNode node, params string[] path) => node.Get(path).GetValue<bool>();

    /// <summary>Every string in <paramref name="node"/>, one a line, unescaped (ARM expressions included as written).</summary>
    public static string AllText(this JsonNode node) => node switch
    {
        JsonObject entries => string.Join('\n', entries.Select(entry => entry.Value?.AllText())),
        JsonArray items => string.Join('\n', items.Select(item => item?.AllText())),
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => "",
    };
}
