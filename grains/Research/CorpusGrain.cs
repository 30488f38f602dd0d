using Cooperation.Grains.Annotations;
using Cooperation.Grains.Common.Journal;
using Cooperation.Grains.Missions;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Reports;
using Cooperation.Grains.Sync;

namespace Cooperation.Grains.Research;

/// <inheritdoc cref="ICorpusGrain"/>
public sealed class CorpusGrain(
    [PersistentState("corpus", StorageNames.Cooperation)] IPersistentState<CorpusState> state,
    IGrainFactory grains) : FeedReadModelGrain<CorpusState>(state, grains), ICorpusGrain
{
    /// <summary>The feed kinds whose entities give the corpus text.</summary>
    private static readonly HashSet<string> IndexedKinds = [ReportGrain.Kind, MissionGrain.Kind, AnnotationsGrain.Kind];

    protected override IReadOnlySet<string> Kinds => IndexedKinds;

    /// <summary>
    /// Documents per sealed segment of the text's journal: a report gives a few kilobytes of text, so the open tail
    /// written with each catch-up stays around the size of the few documents that changed.
    /// </summary>
    private const int DocumentsPerSegment = 4;

    /// <summary>Each passage with its folded text, by feed key: built from the journal on activation, kept in step with it.</summary>
    private readonly Dictionary<string, IReadOnlyList<(CorpusPassage Passage, FoldedText Text)>> _index = [];

    private Journal<CorpusEntry> _text = null!;

    protected override IReadOnlyList<ISealable> Journals => [_text];

    /// <summary>Reads the journal once, oldest first, so that each document's latest line is the one folded.</summary>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _text = this.JournalOf("corpus.text", () => State.TextTail, segmentSize: DocumentsPerSegment);
        MoveStoredDocuments();
        var latest = new Dictionary<string, CorpusDocument>();
        foreach (var entry in await _text.ReadAsync(0, _text.Count))
            latest[entry.Key] = entry.Document;
        foreach (var (key, document) in latest)
            Fold(key, document);
    }

    /// <summary>Moves text stored before the journal existed into it; sealed at the next catch-up's write.</summary>
    private void MoveStoredDocuments()
    {
        if (State.Documents.Count == 0)
            return;
        _text.Import(State.Documents.Select(d => new CorpusEntry(d.Key, d.Value)));
        foreach (var (key, document) in State.Documents)
            State.Versions[key] = document.EntityVersion;
        State.Documents.Clear();
    }

    async Task<SearchPage> ICorpusGrain.SearchAsync(Actor actor, string text, int first, int offset)
    {
        var query = CorpusQuery.Parse(text);
        var reader = await CurrentReaderAsync(actor);
        var hits = _index.Values
            .SelectMany(passages => passages)
            .Where(p => MayRead(reader, p.Passage))
            .Select(p => query.Match(p.Passage, p.Text))
            .OfType<(SearchHit Hit, int Score)>()
            .Select(m => m.Hit with { Score = m.Score, Partnership = Slug })
            .Order(SearchHit.BestFirst)
            .ToList();
        return new SearchPage([.. hits.Skip(offset).Take(first)], offset, hits.Count);
    }

    async Task<IReadOnlyList<CorpusPassage>> ICorpusGrain.CodebookAsync(Actor actor, CodebookFilter filter)
    {
        var reader = await CurrentReaderAsync(actor);
        var tag = filter.Tag is { } t ? FoldedText.Fold(t.Trim()) : null;
        return [.. _index.Values
            .SelectMany(passages => passages)
            .Select(p => p.Passage)
            .Where(p => p.Annotation is { Selector: not null, Deleted: false } && MayRead(reader, p))
            .Where(p => tag is null || p.Annotation!.Tags.Any(x => FoldedText.Fold(x) == tag))
            .Where(p => filter.Team is null || string.Equals(p.Annotation!.Team, filter.Team, StringComparison.Ordinal))
            .Where(p => filter.From is not { } from || DateOnly.FromDateTime(p.Date.UtcDateTime) >= from)
            .Where(p => filter.To is not { } to || DateOnly.FromDateTime(p.Date.UtcDateTime) <= to)
            .OrderBy(p => p.DocumentKind)
            .ThenBy(p => p.DocumentId, StringComparer.Ordinal)
            .ThenBy(p => p.Date)];
    }

    /// <summary>A section to whoever reads the partnership; an annotation while its rules let her read it, never once deleted.</summary>
    private static bool MayRead(AnnotationReader reader, CorpusPassage passage) =>
        passage.Annotation is not { } annotation || (!annotation.Deleted && reader.CanSee(annotation));

    /// <summary>
    /// Who asks, refused unless she reads the partnership; then the corpus brought up to the partnership's feed (every
    /// reader of the partnership reads its reports and missions, and the annotations are kept whole, for each reader to
    /// be shown her own share).
    /// </summary>
    private async Task<AnnotationReader> CurrentReaderAsync(Actor actor)
    {
        var reader = await AnnotationTargets.PartnershipReaderAsync(Grains, actor, Slug, withTeam: true);
        if (!reader.CanRead)
            throw PartnershipErrors.Forbidden();
        await CatchUpAsync(actor);
        return reader;
    }

    /// <summary>Re-reads the passages of one changed report, mission or document's annotations.</summary>
    protected override async Task RefreshAsync(FeedEntry entry)
    {
        var key = PartnershipGrain.FeedKey(entry.Kind, entry.EntityId);
        var document = new CorpusDocument(entry.EntityVersion, await PassagesAsync(entry.Kind, entry.EntityId));
        _text.Append(new CorpusEntry(key, document));
        State.Versions[key] = entry.EntityVersion;
        Fold(key, document);
    }

    private void Fold(string key, CorpusDocument document) =>
        _index[key] = [.. document.Passages.Select(p => (p, FoldedText.Of(p.Searchable)))];

    /// <summary>The passages an entity gives now: the sections of its latest version, or its annotations.</summary>
    private Task<IReadOnlyList<CorpusPassage>> PassagesAsync(string kind, string entityId) => kind switch
    {
        ReportGrain.Kind => ReportPassagesAsync(entityId),
        MissionGrain.Kind => MissionPassagesAsync(entityId),
        _ => AnnotationPassagesAsync(entityId),
    };

    private async Task<IReadOnlyList<CorpusPassage>> ReportPassagesAsync(string key)
    {
        var grain = Grains.GetGrain<IReportGrain>(key);
        var report = await grain.GetAsync(Actor.Seed);
        if (report.SubmittedVersions == 0)
            return [];
        var version = await grain.GetVersionAsync(Actor.Seed, report.SubmittedVersions);
        return Sections(CorpusSource.ProgressReport, AnnotationTargetKind.ProgressReport, key, CorpusTitles.Of(report), version.Number,
            version.Content.Sections(), version.SubmittedAt);
    }

    private async Task<IReadOnlyList<CorpusPassage>> MissionPassagesAsync(string key)
    {
        var mission = await Grains.GetGrain<IMissionGrain>(key).GetAsync(Actor.Seed);
        return mission.LatestReport is not { } version
            ? []
            : Sections(CorpusSource.MissionReport, AnnotationTargetKind.MissionReport, key, CorpusTitles.Of(mission), version.Number,
                version.Content.Sections(), version.FiledAt);
    }

    private async Task<IReadOnlyList<CorpusPassage>> AnnotationPassagesAsync(string annotationsKey)
    {
        var (kind, documentId, _) = AnnotationRules.ParseKey(annotationsKey);
        var annotations = await Grains.GetGrain<IAnnotationsGrain>(annotationsKey).ListEveryAsync();
        if (annotations.Count == 0)
            return [];
        var title = kind == AnnotationTargetKind.ProgressReport
            ? CorpusTitles.Of(await Grains.GetGrain<IReportGrain>(documentId).GetAsync(Actor.Seed))
            : CorpusTitles.Of(await Grains.GetGrain<IMissionGrain>(documentId).GetAsync(Actor.Seed));
        return [.. annotations
            .Where(a => !a.Deleted)
            .Select(a => new CorpusPassage(CorpusSource.Annotation, kind, documentId, title, a.Target.Version, a.Selector?.Section ?? "", a.Text, a.Created, a))];
    }

    private static IReadOnlyList<CorpusPassage> Sections(
        CorpusSource source, AnnotationTargetKind kind, string key, string title, int version, IReadOnlyDictionary<string, string> sections, DateTimeOffset date) =>
        [.. sections.Where(s => s.Value.Length > 0).Select(s => new CorpusPassage(source, kind, key, title, version, s.Key, s.Value, date, null))];
}
