namespace Cooperation.Grains.Funding.Calls;

/// <summary>Persisted state of one call for projects.</summary>
[GenerateSerializer]
public sealed class FundCallState
{
    [Id(0)] public bool Created { get; set; }
    [Id(1)] public int Year { get; set; }
    [Id(2)] public string Title { get; set; } = "";
    [Id(3)] public decimal Envelope { get; set; }
    [Id(4)] public DateTimeOffset Deadline { get; set; }
    [Id(5)] public bool BlindReview { get; set; }
    [Id(6)] public List<RubricCriterion> Criteria { get; set; } = [];
    [Id(7)] public List<PieceKind> RequiredPieces { get; set; } = [];
    [Id(8)] public bool RubricLocked { get; set; }

    /// <summary>Application keys by the applying partnership's slug: one application per partnership and call.</summary>
    [Id(9)] public Dictionary<string, string> Applications { get; set; } = [];

    /// <summary>Applications are numbered 1, 2, … in the order they were opened; the number, not the slug, names them.</summary>
    [Id(10)] public int LastNumber { get; set; }

    /// <summary>Append-only.</summary>
    [Id(11)] public List<HistoryEntry> History { get; set; } = [];

    [Id(12)] public Dictionary<string, ActionReceipt> Receipts { get; set; } = [];
    [Id(13)] public long Version { get; set; }
    [Id(14)] public DateTimeOffset CreatedAt { get; set; }
    [Id(15)] public DateTimeOffset UpdatedAt { get; set; }
}
