using Cooperation.Grains.Common.Journal;
using Cooperation.Grains.Funding.Calls;
using Cooperation.Grains.Funding.Reviews;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Reports;

namespace Cooperation.Grains.Funding.Applications;

// Reading an application: managers everything, the applicant partnership its file and decision, a reviewer the file
// they were assigned (blind if the call says so) and their own review.
public sealed partial class FundApplicationGrain
{
    /// <summary>History entries the applicant partnership reads: the file's lifecycle, not who reviews it or how.</summary>
    private static readonly HashSet<string> ApplicantActions =
    [
        "FundApplicationDrafted", "FundApplicationEdited", "FundApplicationSubmitted", "FundApplicationReturned",
        "FundApplicationUnderReview", "FundApplicationGranted", "FundApplicationDeclined",
    ];

    async Task<FundApplication> IFundApplicationGrain.GetAsync(Actor actor)
    {
        var viewer = await ViewerAsync(actor);
        if (!viewer.CanRead)
            throw FundErrors.ForbiddenRead();
        RequireCreated();
        return Snapshot(viewer, await CallAsync());
    }

    async Task<FundApplication?> IFundApplicationGrain.FindAsync(Actor actor)
    {
        if (!State.Created)
            return null;
        var viewer = await ViewerAsync(actor);
        return viewer.CanRead ? Snapshot(viewer, await CallAsync()) : null;
    }

    async Task<IReadOnlyList<ApplicationVersion>> IFundApplicationGrain.GetVersionsAsync(Actor actor)
    {
        await RequireReadAsync(actor);
        return [.. State.Versions];
    }

    async Task<ApplicationVersion> IFundApplicationGrain.GetVersionAsync(Actor actor, int number)
    {
        await RequireReadAsync(actor);
        if (number < 1 || number > State.Versions.Count)
            throw FundErrors.UnknownVersion(Key, number, State.Versions.Count);
        return State.Versions[number - 1];
    }

    async Task<bool> IFundApplicationGrain.IsFundSideAsync(Actor actor)
    {
        var assigned = State.Assignments.Any(a => a.ReviewerId == actor.Id && !a.Recused);
        if (!assigned && !(await FundRole.OfAsync(grains, actor)).IsManager)
            return false;
        // A manager may ask of a file never drafted: reading its version then answers NOT_FOUND.
        if (!State.Created)
            return true;
        // The applicant's own people stay out, whatever else they are: what they wrote would name them to a blind reviewer.
        return (await grains.GetGrain<IPartnershipGrain>(State.PartnershipSlug).GetAccessAsync(actor)).Role is null;
    }

    async Task<HistoryPage> IFundApplicationGrain.GetHistoryPageAsync(Actor actor, HistoryPageRequest request)
    {
        var viewer = await ViewerAsync(actor);
        if (!viewer.IsManager && !viewer.IsMember)
            throw FundErrors.ForbiddenRead();
        RequireCreated();
        if (viewer.IsManager)
            return State.History.Page(request);
        // The applicant's lines are positioned among themselves: a cursor says nothing of the lines she may not read.
        var page = State.History.Where(e => ApplicantActions.Contains(e.Action)).ToList().Page(request);
        return page with { Entries = [.. page.Entries.Select(e => AsReadBy(e, actor))] };
    }

    /// <summary>
    /// A lifecycle line as the applicant reads it: a line of someone else's (a manager's assignment, return or decision)
    /// keeps its name but not her account key, which is her e-mail address, nor her action id, which is hers to send.
    /// </summary>
    private static HistoryEntry AsReadBy(HistoryEntry entry, Actor reader) =>
        entry.Actor.Id == reader.Id ? entry : entry with { Actor = new Actor("", entry.Actor.DisplayName), ClientMutationId = "" };

    async Task<RankingEntry?> IFundApplicationGrain.GetRankingEntryAsync(Actor actor)
    {
        if (!(await FundRole.OfAsync(grains, actor)).IsManager)
            throw FundErrors.ForbiddenManage();
        if (!State.Created || State.Versions.Count == 0)
            return null;
        var call = await CallAsync();
        var partnership = await grains.GetGrain<IPartnershipGrain>(State.PartnershipSlug).FindAsync();
        var (_, number) = FundApplicationRules.ParseKey(Key);
        var content = State.Versions[^1].Content;
        return new RankingEntry(0, Key, number, State.PartnershipSlug, partnership?.Name ?? State.PartnershipSlug, partnership?.North.Name ?? "",
            content.Title, content.RequestedAmount, ReviewScoring.Aggregate(call.Criteria, State.Assignments),
            State.Assignments.Count(a => a.Counts), State.Status, State.Decision?.Amount, State.Decision?.Reasons);
    }

    async Task<IReadOnlyList<ReportingDuty>> IFundApplicationGrain.GetReportingDutiesAsync(Actor actor)
    {
        var viewer = await ViewerAsync(actor);
        if (!viewer.IsManager && !viewer.IsMember)
            throw FundErrors.ForbiddenRead();
        RequireCreated();
        if (State.Decision is not { Granted: true, PeriodStart: { } start, PeriodEnd: { } end })
            return [];
        // Read on the fund's behalf once the reader's right to this grant is checked: a fund manager follows the
        // reports a grant expects without being a member of the partnership; only where each report stands is
        // returned, its content stays with the partnership's members.
        var keys = await grains.GetGrain<IReportIndexGrain>(State.PartnershipSlug).ListAsync(Actor.Seed);
        var duties = new List<ReportingDuty>();
        foreach (var key in keys)
        {
            var (_, periodStart, periodEnd) = ReportRules.ParseKey(key);
            if (periodEnd < start || periodStart > end)
                continue;
            var report = await grains.GetGrain<IReportGrain>(key).GetAsync(Actor.Seed);
            duties.Add(new ReportingDuty(key, periodStart, periodEnd, report.DueOn, report.Status, report.SubmittedVersions, report.Overdue));
        }
        return duties;
    }

    private async Task RequireReadAsync(Actor actor)
    {
        if (!(await ViewerAsync(actor)).CanRead)
            throw FundErrors.ForbiddenRead();
        RequireCreated();
    }

    /// <summary>What the actor is to this application: their fund role, their place in the partnership, their assignment.</summary>
    private async Task<ApplicationViewer> ViewerAsync(Actor actor)
    {
        var role = await FundRole.OfAsync(grains, actor);
        var access = State.Created
            ? await grains.GetGrain<IPartnershipGrain>(State.PartnershipSlug).GetAccessAsync(actor)
            : default;
        var member = access.Role is not null;
        var reviewer = State.Assignments.Any(a => a.ReviewerId == actor.Id);
        var blind = reviewer && !role.IsManager && !member && (await grains.GetGrain<IFundCallGrain>(CallCode).FindAsync())?.BlindReview == true;
        return new ApplicationViewer(actor.Id, role.IsManager, member, access.IsNorth, reviewer, blind);
    }

    private async Task<FundApplication> SnapshotAsync(Actor actor, FundCall call) => Snapshot(await ViewerAsync(actor), call);

    private FundApplication Snapshot(ApplicationViewer viewer, FundCall call)
    {
        var (callCode, number) = FundApplicationRules.ParseKey(Key);
        IReadOnlyList<ReviewAssignment> reviews = viewer.IsManager
            ? [.. State.Assignments]
            : [.. State.Assignments.Where(a => viewer.IsReviewer && a.ReviewerId == viewer.ActorId)];
        return new FundApplication(
            Key, callCode, number, State.PartnershipSlug, State.Status, State.Content, State.Versions.Count, Checklist.Of(call, State.Content),
            State.Decision, State.LatestReturn, reviews, viewer.IsManager ? ReviewScoring.Aggregate(call.Criteria, State.Assignments) : null,
            State.CreatedAt, State.UpdatedAt, State.Version, viewer);
    }
}
