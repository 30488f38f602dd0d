using System.Runtime.CompilerServices;
using GraphQLParser.AST;

namespace Cooperation.GraphQL.Documents;

/// <summary>
/// How many selections (fields, fragment spreads, inline fragments) and aliases a parsed document holds, counted as the
/// validation rules walk it: a fragment's selections count where it is defined and again at each spread.
/// </summary>
/// <remarks>
/// <para>GraphQL.NET checks that same-named fields can merge (the spec's « overlapping fields » rule) by comparing them
/// pairwise, so validating n selections costs about n²: 4,000 copies of one field took 3–4.5 s here. This count is one
/// walk of the syntax tree, each fragment counted once however often it is spread, so a fragment spread twice in each of
/// thirty nested fragments (a billion selections once expanded) is counted in microseconds.</para>
/// <para>Counts saturate just past <c>cap</c>: past a limit, the exact number does not matter, and the walk stops there.</para>
/// </remarks>
public sealed class DocumentSize
{
    private readonly long _cap;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Counts> _counted = new(StringComparer.Ordinal);
    private readonly HashSet<string> _counting = new(StringComparer.Ordinal);

    private DocumentSize(long cap) => _cap = cap;

    /// <summary>The selections and aliases of a document.</summary>
    public readonly record struct Counts(long Selections, long Aliases);

    /// <summary>Counts <paramref name="document"/>; a count that reaches <paramref name="cap"/> stands for "at least that many".</summary>
    public static Counts Of(GraphQLDocument document, long cap)
    {
        var size = new DocumentSize(cap);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            size._fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);

        var total = new Counts(0, 0);
        foreach (var definition in document.Definitions)
        {
            total = size.Add(total, definition switch
            {
                GraphQLOperationDefinition operation => size.Count(operation.SelectionSet),
                GraphQLFragmentDefinition fragment => size.CountFragment(fragment.FragmentName.Name.StringValue),
                _ => default,
            });
            if (total.Selections >= cap)
                break;
        }
        return total;
    }

    private Counts Count(GraphQLSelectionSet? set)
    {
        var total = new Counts(0, 0);
        if (set is null)
            return total;
        // Each nested selection set is a frame: a document nested thousands deep counts as too large, not as a crash.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            return new(_cap, _cap);
        foreach (var selection in set.Selections)
        {
            total = Add(total, selection switch
            {
                GraphQLField field => Add(new(1, field.Alias is null ? 0 : 1), Count(field.SelectionSet)),
                GraphQLInlineFragment inline => Add(new(1, 0), Count(inline.SelectionSet)),
                GraphQLFragmentSpread spread => Add(new(1, 0), CountFragment(spread.FragmentName.Name.StringValue)),
                _ => default,
            });
            if (total.Selections >= _cap)
                break;
        }
        return total;
    }

    private Counts CountFragment(string name)
    {
        if (_counted.TryGetValue(name, out var known))
            return known;
        // An unknown fragment or a cycle is for the validation rules to refuse; it adds nothing here.
        if (!_fragments.TryGetValue(name, out var fragment) || !_counting.Add(name))
            return default;
        var counted = Count(fragment.SelectionSet);
        _counting.Remove(name);
        _counted[name] = counted;
        return counted;
    }

    // Saturating, so that a fragment spread twice in each of sixty nested fragments cannot overflow.
    private Counts Add(Counts a, Counts b) => new(Math.Min(a.Selections + b.Selections, _cap), Math.Min(a.Aliases + b.Aliases, _cap));
}
