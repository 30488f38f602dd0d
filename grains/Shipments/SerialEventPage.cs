namespace Cooperation.Grains.Shipments;

/// <summary>
/// Which steps of a serial number's life in one shipment a page may hold: the newest <see cref="First"/> of those older
/// than the last step already shown. Its shipment's steps are ordered by when they happened (a step recorded at the same
/// instant as another keeps its place in the shipment), so those older than a step are always the first ones here:
/// <see cref="Index"/> names the last shown in this shipment; <see cref="Until"/> bounds another shipment's by time.
/// </summary>
/// <param name="First">How many steps at most, from 1 to <see cref="HistoryPageRequest.MaxFirst"/>.</param>
/// <param name="Until">Only steps up to this instant (null: no bound); with <see cref="UntilIncluded"/>, steps at that very instant too.</param>
/// <param name="Index">Only steps before this one of the shipment's (null: no bound): the last step shown was here.</param>
[GenerateSerializer, Immutable]
public sealed record SerialEventPageRequest(
    [property: Id(0)] int First,
    [property: Id(1)] DateTimeOffset? Until = null,
    [property: Id(2)] bool UntilIncluded = false,
    [property: Id(3)] int? Index = null)
{
    /// <summary>How many of <paramref name="life"/> (oldest first) the page may hold from: always its first ones.</summary>
    public int MatchingIn(IReadOnlyList<ItemLifeEvent> life)
    {
        if (Index is { } index)
            return index >= 0 && index <= life.Count
                ? index
                : throw new DomainException(DomainErrorCode.Validation,
                    "Ce curseur ne désigne aucune étape de ce numéro de série.", "This cursor names no step of this serial number.");
        if (Until is not { } until)
            return life.Count;
        var count = 0;
        while (count < life.Count && (life[count].At < until || (UntilIncluded && life[count].At == until)))
            count++;
        return count;
    }
}

/// <summary>A page of a serial number's steps in one shipment, newest first.</summary>
/// <param name="NewestIndex">The place in the shipment's steps (oldest first) of the first of <paramref name="Events"/>; the next ones follow one below another.</param>
/// <param name="Matching">How many of the shipment's steps the request allowed (the page holds the newest of them).</param>
/// <param name="Total">How many steps of the serial number the shipment holds.</param>
[GenerateSerializer, Immutable]
public sealed record SerialEventPage(
    [property: Id(0)] IReadOnlyList<ItemLifeEvent> Events,
    [property: Id(1)] int NewestIndex,
    [property: Id(2)] int Matching,
    [property: Id(3)] int Total);
