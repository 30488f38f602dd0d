using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Cooperation.GraphQL.Documents;

/// <summary>
/// GraphQL.NET's document validator, remembering what it parsed for the web client's reads that need no rule any more.
/// </summary>
/// <remarks>
/// <para>
/// Once <see cref="PersistedDocumentCache"/> found a document's rules passed for a person's standing, what validation
/// still does at each request is parse the variables and every field's arguments (a walk of the tree for each). Both
/// depend on nothing but the document and the variables' values: the same partnership read again by anyone gives the
/// same. So for those reads (a query whose variables are all ids, with no rule to run:
/// <see cref="PersistedDocumentCache.NoRuleLeft"/>) the parsed values are kept by document, operation and ids, and
/// taken from here the next time. What a person may read is not in them: the grains decide that at each request.
/// </para>
/// <para>
/// At most <see cref="Capacity"/> are kept; when full, all are let go and kept again as they come, so ids sent at
/// random cost memory no more than that.
/// </para>
/// </remarks>
public sealed class RepeatedReadValidator(IDocumentValidator inner) : IDocumentValidator
{
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<Read, IValidationResult> _parsed = new();

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (!ReferenceEquals(options.Rules, PersistedDocumentCache.NoRuleLeft) || options.Operation.Operation != OperationType.Query
            || ReadOf(options) is not { } read)
            return inner.ValidateAsync(options);
        return _parsed.TryGetValue(read, out var parsed) ? Task.FromResult<IValidationResult>(Copy(parsed)) : ParseAsync(options, read);
    }

    /// <summary>How many reads are kept parsed.</summary>
    public int Count => _parsed.Count;

    private async Task<IValidationResult> ParseAsync(ValidationOptions options, Read read)
    {
        var result = await inner.ValidateAsync(options);
        if (!result.IsValid)
            return result;
        if (_parsed.Count >= Capacity)
            _parsed.Clear();
        _parsed.TryAdd(read, result);
        return Copy(result);
    }

    /// <summary>
    /// The executer adds the fields it merges to the arguments it is given: each request gets a dictionary of its own, so
    /// the kept one never grows nor changes under a reader.
    /// </summary>
    private static ValidationResult Copy(IValidationResult parsed) => new()
    {
        Variables = parsed.Variables,
        ArgumentValues = parsed.ArgumentValues is { } arguments ? arguments.ToDictionary() : null,
        DirectiveValues = parsed.DirectiveValues is { } directives ? directives.ToDictionary() : null,
    };

    /// <summary>The read's key, or null when a variable is anything else than an id (a string or a whole number).</summary>
    private static Read? ReadOf(in ValidationOptions options)
    {
        var values = new StringBuilder();
        foreach (var (name, value) in options.Variables)
        {
            var text = value switch
            {
                string s => s,
                int or long => Convert.ToString(value, CultureInfo.InvariantCulture),
                _ => null,
            };
            if (text is null)
                return null;
            // Each part preceded by its length: whatever an id holds, two sets of values never give one key.
            values.Append(name.Length).Append(':').Append(name).Append(value is string ? 's' : 'n').Append(text.Length).Append(':').Append(text);
        }
        return new Read(options.Document, options.Operation, values.ToString());
    }

    private readonly record struct Read(GraphQLDocument Document, GraphQLOperationDefinition Operation, string Values);
}
