namespace Cooperation.Grains.Shipments;

/// <summary>What a receiving action did to one item, told to the person who sent it (French first).</summary>
[GenerateSerializer, Immutable]
public sealed record ItemOutcome(
    [property: Id(0)] string ItemId,
    [property: Id(1)] ConfirmationOutcome Outcome,
    [property: Id(2)] string MessageFr,
    [property: Id(3)] string MessageEn);

/// <summary>How one verdict landed.</summary>
public enum ConfirmationOutcome
{
    /// <summary>The item had no verdict: this one is now its verdict.</summary>
    Recorded,

    /// <summary>The item already had this very verdict: nothing changed.</summary>
    Unchanged,

    /// <summary>The item already had another verdict, which stands: this one is kept as a dispute.</summary>
    Disputed,
}
