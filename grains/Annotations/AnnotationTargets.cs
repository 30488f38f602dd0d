using Cooperation.Grains.Missions;
using Cooperation.Grains.Reports;

namespace Cooperation.Grains.Annotations;

/// <summary>
/// What the annotations need to know of each kind of document: its name in keys and addresses, how its id is checked,
/// which partnership it belongs to, and the text sections of one of its versions. A new kind is one more case of
/// <see cref="Of"/>.
/// </summary>
public static class AnnotationTargets
{
    /// <summary>The rules of one kind of annotated document.</summary>
    /// <param name="Name">Its name in grain keys and export addresses ("report", "mission").</param>
    /// <param name="IsValidId">Whether a document id is well formed, checked before any grain is asked.</param>
    /// <param name="SlugOf">The partnership of a well-formed document id.</param>
    /// <param name="SectionsAsync">The sections of one version, with the reader's own rights (NOT_FOUND for a version that does not exist).</param>
    /// <param name="VersionsAsync">How many versions the document has, with the reader's own rights (NOT_FOUND for no document).</param>
    public sealed record KindRules(
        string Name,
        Func<string, bool> IsValidId,
        Func<string, string> SlugOf,
        Func<IGrainFactory, Actor, string, int, Task<IReadOnlyDictionary<string, string>>> SectionsAsync,
        Func<IGrainFactory, Actor, string, Task<int>> VersionsAsync);

    private static readonly KindRules ProgressReport = new(
        "report",
        ReportRules.IsValidKey,
        id => ReportRules.ParseKey(id).Slug,
        async (grains, actor, id, version) => (await grains.GetGrain<IReportGrain>(id).GetVersionAsync(actor, version)).Content.Sections(),
        async (grains, actor, id) => (await grains.GetGrain<IReportGrain>(id).GetAsync(actor)).SubmittedVersions);

    private static readonly KindRules MissionReport = new(
        "mission",
        MissionRules.IsValidKey,
        id => MissionRules.ParseKey(id).Slug,
        async (grains, actor, id, version) => (await grains.GetGrain<IMissionGrain>(id).GetReportVersionAsync(actor, version)).Content.Sections(),
        async (grains, actor, id) => (await grains.GetGrain<IMissionGrain>(id).GetAsync(actor)).ReportVersions);

    public static IReadOnlyList<AnnotationTargetKind> Kinds { get; } = Enum.GetValues<AnnotationTargetKind>();

    public static KindRules Of(AnnotationTargetKind kind) => kind switch
    {
        AnnotationTargetKind.ProgressReport => ProgressReport,
        AnnotationTargetKind.MissionReport => MissionReport,
        _ => throw AnnotationErrors.Invalid($"Type de document inconnu : {kind}.", $"Unknown document kind: {kind}."),
    };

    /// <summary>The kind with this name in keys and addresses, or null.</summary>
    public static AnnotationTargetKind? Named(string? name) =>
        Kinds.Where(k => Of(k).Name == name).Select(k => (AnnotationTargetKind?)k).FirstOrDefault();
}
