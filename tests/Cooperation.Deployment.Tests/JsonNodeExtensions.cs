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
}
