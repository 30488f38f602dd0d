namespace Cooperation.Grains.Funding.Calls;

/// <summary>Snapshot of an appel à projets of the Fonds de Solidarité Numérique.</summary>
/// <param name="Code">The grain key, e.g. "fsn-2026".</param>
/// <param name="Envelope">The call's whole budget (enveloppe), in euros: no application may ask for more.</param>
/// <param name="Deadline">After it, no new file is filed (a file returned for completion may still come back).</param>
/// <param name="BlindReview">Reviewers do not see who applies (collectivité, partnership, people).</param>
/// <param name="RubricLocked">True once a reviewer was assigned: the rubric and the required pieces no longer change.</param>
[GenerateSerializer, Immutable]
public sealed record FundCall(
    [property: Id(0)] string Code,
    [property: Id(1)] int Year,
    [property: Id(2)] string Title,
    [property: Id(3)] decimal Envelope,
    [property: Id(4)] DateTimeOffset Deadline,
    [property: Id(5)] bool BlindReview,
    [property: Id(6)] IReadOnlyList<RubricCriterion> Criteria,
    [property: Id(7)] IReadOnlyList<PieceKind> RequiredPieces,
    [property: Id(8)] bool RubricLocked,
    [property: Id(9)] int Applications,
    [property: Id(10)] DateTimeOffset CreatedAt,
    [property: Id(11)] DateTimeOffset UpdatedAt,
    [property: Id(12)] long Revision)
{
    /// <summary>Whether a new file may still be filed at this moment.</summary>
    public bool IsOpenAt(DateTimeOffset now) => now <= Deadline;

    /// <summary>Equal when every part and every list item is equal (lists compared item by item, not by reference).</summary>
    public bool Equals(FundCall? other) =>
        other is not null && Code == other.Code && Year == other.Year && Title == other.Title && Envelope == other.Envelope
        && Deadline == other.Deadline && BlindReview == other.BlindReview && Criteria.SequenceEqual(other.Criteria)
        && RequiredPieces.SequenceEqual(other.RequiredPieces) && RubricLocked == other.RubricLocked && Applications == other.Applications
        && CreatedAt == other.CreatedAt && UpdatedAt == other.UpdatedAt && Revision == other.Revision;

    public override int GetHashCode() => HashCode.Combine(Code, Revision);
}
