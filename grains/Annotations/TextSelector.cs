namespace Cooperation.Grains.Annotations;

/// <summary>
/// Where a passage sits in one section of an immutable document version: the W3C Web Annotation model's
/// TextQuoteSelector (exact, prefix, suffix) and TextPositionSelector (start, end) together, within a named section.
/// </summary>
/// <remarks>
/// Both are kept because each fails differently: a position survives repeated words, a quote survives edits above it.
/// On the version it was made on the two always agree; on a later version the quote is searched for again
/// (<see cref="TextAnchoring.Relocate"/>).
/// </remarks>
/// <param name="Section">The section's name, e.g. "results" of a report or "description" of an application.</param>
/// <param name="Exact">The passage itself.</param>
/// <param name="Prefix">Up to <see cref="TextAnchoring.ContextLength"/> characters just before it.</param>
/// <param name="Suffix">Up to <see cref="TextAnchoring.ContextLength"/> characters just after it.</param>
/// <param name="Start">Offset of its first character in the section, in UTF-16 code units.</param>
/// <param name="End">Offset just after its last character.</param>
[GenerateSerializer, Immutable]
public sealed record TextSelector(
    [property: Id(0)] string Section,
    [property: Id(1)] string Exact,
    [property: Id(2)] string Prefix,
    [property: Id(3)] string Suffix,
    [property: Id(4)] int Start,
    [property: Id(5)] int End);
