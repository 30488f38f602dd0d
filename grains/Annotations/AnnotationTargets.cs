using Cooperation.Grains.Accounts;
using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Missions;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Reports;

namespace Cooperation.Grains.Annotations;

/// <summary>
/// What the annotations need to know of each kind of document: its name in keys and addresses, how its id is checked,
/// which partnership's change feed lists it, who reads and writes its annotations, and the text sections of one of its
/// versions. A new kind is one more case of <see cref="Of"/>.
/// </summary>
public static class AnnotationTargets
{
    /// <summary>
    /// The team of an application's TEAM annotations: the fund's people on that application (its managers and its
    /// assigned reviewers who did not recuse).
    /// </summary>
    public const string ApplicationTeam = "Fonds de Solidarité Numérique";

    /// <summary>The rules of one kind of annotated document.</summary>
    /// <param name="Name">Its name in grain keys and export addresses ("report", "mission", "application").</param>
    /// <param name="IsValidId">Whether a document id is well formed, checked before any grain is asked.</param>
    /// <param name="PartnershipOf">
    /// The partnership of a well-formed document id, whose change feed (and so whose sync) lists its annotations; null
    /// for a document that is not a partnership's (an application: it belongs to the fund's review).
    /// </param>
    /// <param name="ReaderAsync">What the actor may do with the document's annotations (with her team when asked).</param>
    /// <param name="Forbidden">The refusal of someone who may not read the document's annotations.</param>
    /// <param name="ForbiddenWrite">The refusal of someone who reads them but may not annotate.</param>
    /// <param name="SectionsAsync">The sections of one version, with the reader's own rights (NOT_FOUND for a version that does not exist).</param>
    /// <param name="VersionsAsync">How many versions the document has, with the reader's own rights (NOT_FOUND for no document).</param>
    public sealed record KindRules(
        string Name,
        Func<string, bool> IsValidId,
        Func<string, string?> PartnershipOf,
        Func<IGrainFactory, Actor, string, bool, Task<AnnotationReader>> ReaderAsync,
        Func<DomainException> Forbidden,
        Func<DomainException> ForbiddenWrite,
        Func<IGrainFactory, Actor, string, int, Task<IReadOnlyDictionary<string, string>>> SectionsAsync,
        Func<IGrainFactory, Actor, string, Task<int>> VersionsAsync);

    private static readonly KindRules ProgressReport = new(
        "report",
        ReportRules.IsValidKey,
        id => ReportRules.ParseKey(id).Slug,
        (grains, actor, id, withTeam) => PartnershipReaderAsync(grains, actor, ReportRules.ParseKey(id).Slug, withTeam),
        AnnotationErrors.Forbidden,
        AnnotationErrors.ForbiddenWrite,
        async (grains, actor, id, version) => (await grains.GetGrain<IReportGrain>(id).GetVersionAsync(actor, version)).Content.Sections(),
        async (grains, actor, id) => (await grains.GetGrain<IReportGrain>(id).GetAsync(actor)).SubmittedVersions);

    private static readonly KindRules MissionReport = new(
        "mission",
        MissionRules.IsValidKey,
        id => MissionRules.ParseKey(id).Slug,
        (grains, actor, id, withTeam) => PartnershipReaderAsync(grains, actor, MissionRules.ParseKey(id).Slug, withTeam),
        AnnotationErrors.Forbidden,
        AnnotationErrors.ForbiddenWrite,
        async (grains, actor, id, version) => (await grains.GetGrain<IMissionGrain>(id).GetReportVersionAsync(actor, version)).Content.Sections(),
        async (grains, actor, id) => (await grains.GetGrain<IMissionGrain>(id).GetAsync(actor)).ReportVersions);

    // The application grain says who the fund's people on it are; the applicant partnership's members are not among
    // them, so neither a reviewer's notes reach the applicant nor, on a blind call, an applicant's name a reviewer.
    private static readonly KindRules Application = new(
        "application",
        FundApplicationRules.IsValidKey,
        _ => null,
        async (grains, actor, id, _) => await grains.GetGrain<IFundApplicationGrain>(id).IsFundSideAsync(actor)
            ? new AnnotationReader(actor, CanRead: true, CanWrite: true, ApplicationTeam)
            : AnnotationReader.Outsider(actor),
        AnnotationErrors.ForbiddenApplication,
        AnnotationErrors.ForbiddenApplication,
        async (grains, actor, id, version) => (await grains.GetGrain<IFundApplicationGrain>(id).GetVersionAsync(actor, version)).Content.Sections(),
        async (grains, actor, id) => (await grains.GetGrain<IFundApplicationGrain>(id).GetAsync(actor)).SubmittedVersions);

    public static IReadOnlyList<AnnotationTargetKind> Kinds { get; } = Enum.GetValues<AnnotationTargetKind>();

    public static KindRules Of(AnnotationTargetKind kind) => kind switch
    {
        AnnotationTargetKind.ProgressReport => ProgressReport,
        AnnotationTargetKind.MissionReport => MissionReport,
        AnnotationTargetKind.Application => Application,
        _ => throw AnnotationErrors.Invalid($"Type de document inconnu : {kind}.", $"Unknown document kind: {kind}."),
    };

    /// <summary>The kind with this name in keys and addresses, or null.</summary>
    public static AnnotationTargetKind? Named(string? name) =>
        Kinds.Where(k => Of(k).Name == name).Select(k => (AnnotationTargetKind?)k).FirstOrDefault();

    /// <summary>
    /// A partnership document's readers: its members and administrators read, its members (any side) write; a member's
    /// team is her account's research team.
    /// </summary>
    public static async Task<AnnotationReader> PartnershipReaderAsync(IGrainFactory grains, Actor actor, string slug, bool withTeam)
    {
        var access = await grains.GetGrain<IPartnershipGrain>(slug).GetAccessAsync(actor);
        // Only members belong to a team here, and only accounts (keyed by e-mail) have one.
        var team = withTeam && access.Role is not null && actor.Id.Contains('@')
            ? (await grains.GetGrain<IAccountGrain>(actor.Id).GetAccessAsync())?.Team
            : null;
        return new AnnotationReader(actor, access.CanRead, access.Role is not null, team);
    }
}
