using System.Text;
using System.Text.Json.Nodes;

namespace Cooperation.Deployment.Tests;

/// <summary>One environment variable of a container app, as the compiled template sets it.</summary>
/// <param name="Value">A literal, or an ARM expression in brackets; null for a secret.</param>
/// <param name="SecretRef">The app secret the value comes from; null for a plain value.</param>
public sealed record AppSetting(string Name, string? Value, string? SecretRef)
{
    /// <summary>The configuration key the variable sets: ASP.NET Core's environment provider reads <c>__</c> as <c>:</c>.</summary>
    public string ConfigurationKey => Name.Replace("__", ":", StringComparison.Ordinal);

    /// <summary>True when the value is written in the template rather than computed at deployment.</summary>
    public bool IsLiteral => Value is not null && !Value.StartsWith('[');
}

/// <summary>
/// Reads the <c>env</c> that <c>azure.bicep</c> passes to an app: a JSON array of <c>{name, value | secretRef}</c>,
/// or, when part of it depends on a condition, one ARM expression made of <c>createObject('name', …)</c> calls.
/// </summary>
public static class AppSettings
{
    private const string EntryStart = "createObject('name', '";

    public static IReadOnlyList<AppSetting> Read(JsonNode env) => env switch
    {
        JsonArray entries => entries.Select(entry => entry!.AsObject()).Select(entry => new AppSetting(
            entry.Text("name"), entry["value"]?.GetValue<string>(), entry["secretRef"]?.GetValue<string>())).ToList(),
        JsonValue expression => FromExpression(expression.GetValue<string>()),
        _ => throw new InvalidOperationException($"An app's env is neither an array nor an expression: {env.ToJsonString()}"),
    };

    /// <summary>The value (or secret) of the variable <paramref name="name"/>; fails naming it when it is missing.</summary>
    public static AppSetting Named(this IReadOnlyList<AppSetting> settings, string name) =>
        settings.SingleOrDefault(setting => setting.Name == name)
        ?? throw new KeyNotFoundException($"No {name} among {string.Join(", ", settings.Select(setting => setting.Name))}.");

    private static List<AppSetting> FromExpression(string expression)
    {
        var settings = new List<AppSetting>();
        for (var start = expression.IndexOf(EntryStart, StringComparison.Ordinal); start >= 0;
             start = expression.IndexOf(EntryStart, start + 1, StringComparison.Ordinal))
        {
            var nameStart = start + EntryStart.Length;
            var name = expression[nameStart..expression.IndexOf('\'', nameStart)];
            var rest = expression[(nameStart + name.Length)..];
            var kind = rest.StartsWith("', 'secretRef', ", StringComparison.Ordinal) ? "secretRef"
                : rest.StartsWith("', 'value', ", StringComparison.Ordinal) ? "value"
                : throw new InvalidOperationException($"Cannot read the entry of {name} in {expression}");
            var argument = Argument(rest[$"', '{kind}', ".Length..]);
            var text = IsQuoted(argument) ? argument[1..^1].Replace("''", "'", StringComparison.Ordinal) : $"[{argument}]";
            settings.Add(kind == "value" ? new AppSetting(name, text, null) : new AppSetting(name, null, text));
        }
        return settings;
    }

    /// <summary>The ARM expression at the start of <paramref name="text"/>, up to the parenthesis that closes its createObject.</summary>
    private static string Argument(string text)
    {
        var depth = 0;
        var quoted = false;
        var argument = new StringBuilder();
        foreach (var character in text)
        {
            if (character == '\'')
                quoted = !quoted; // a doubled '' inside a string flips twice: still quoted
            else if (!quoted && character == '(')
                depth++;
            else if (!quoted && (character == ')' || character == ',') && depth == 0)
                break;
            else if (!quoted && character == ')')
                depth--;
            argument.Append(character);
        }
        return argument.ToString();
    }

    private static bool IsQuoted(string argument) =>
        argument.Length >= 2 && argument[0] == '\'' && argument[^1] == '\'' && !argument[1..^1].Replace("''", "", StringComparison.Ordinal).Contains('\'');
}
