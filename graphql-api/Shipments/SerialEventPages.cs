using System.Globalization;
using Cooperation.Grains.Shipments;
using Cooperation.GraphQL.Schema.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace Cooperation.GraphQL.Shipments;

/// <summary>
/// A serial number's steps across the shipments that carried it, a page at a time, newest first: each shipment answers
/// a page of its own steps older than the cursor, and the newest of those make the page, so a read costs a page from
/// each shipment however long the computer's life. Steps are ordered by when they happened, then by shipment (in the
/// order they carried it), then by place in their shipment: a new step comes first, and a cursor keeps its place.
/// </summary>
public static class SerialEventPages
{
    private const string CursorKind = "SerialEvent";

    public static async Task<Connection<ItemLifeEvent>> ReadAsync(IGrainFactory grains, Actor actor, SerialNumberHistory history, int first, string? after)
    {
        HistoryPageRequest.RequireFirst(first);
        var keys = history.ShipmentKeys;
        var before = after is null ? null : Parse(after, keys);
        var pages = await Task.WhenAll(keys.Select((key, order) =>
            grains.GetGrain<IShipmentGrain>(key).GetSerialNumberEventsAsync(actor, history.SerialNumber, RequestFor(order, first, before))));

        var steps = pages
            .SelectMany((page, order) => page.Events.Select((step, i) => new Step(step, order, page.NewestIndex - i)))
            .OrderByDescending(s => s.Event.At).ThenByDescending(s => s.Order).ThenByDescending(s => s.Index)
            .Take(first)
            .ToList();
        var (matching, total) = (pages.Sum(p => p.Matching), pages.Sum(p => p.Total));
        return Connections.Of([.. steps.Select(s => s.Event)], (_, i) => CursorOf(steps[i], keys), matching > steps.Count, total > matching, total);
    }

    /// <summary>A step with its place: the shipment's rank among those that carried the serial number, and its place there.</summary>
    private sealed record Step(ItemLifeEvent Event, int Order, int Index);

    /// <summary>Where the step a cursor names stands: when it happened, its shipment's rank, its place there.</summary>
    private sealed record Place(DateTimeOffset At, int Order, int Index);

    /// <summary>
    /// What a shipment may answer after the step <paramref name="before"/>: that shipment's steps before it; an earlier
    /// shipment's up to its instant, at it included; a later one's strictly before it.
    /// </summary>
    private static SerialEventPageRequest RequestFor(int order, int first, Place? before) => before switch
    {
        null => new(first),
        _ when order == before.Order => new(first, Index: before.Index),
        _ => new(first, before.At, UntilIncluded: order < before.Order),
    };

    private static string CursorOf(Step step, IReadOnlyList<string> keys) =>
        GlobalId.Encode(CursorKind, string.Create(CultureInfo.InvariantCulture, $"{step.Event.At.UtcTicks}:{keys[step.Order]}:{step.Index}"));

    /// <summary>Where the step a cursor names stands; a cursor this server did not give is refused.</summary>
    private static Place Parse(string cursor, IReadOnlyList<string> keys)
    {
        if (GlobalId.TryDecode(cursor) is (CursorKind, var text) && text.Split(':') is [var ticks, var key, var index]
            && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var utcTicks) && utcTicks <= DateTimeOffset.MaxValue.UtcTicks
            && int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var place)
            && keys.ToList().IndexOf(key) is var order and >= 0)
            return new Place(new DateTimeOffset(utcTicks, TimeSpan.Zero), order, place);
        throw Cursor.Invalid(cursor);
    }
}
