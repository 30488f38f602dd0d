using Cooperation.Grains.Common;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Partnerships.Commands;
using Cooperation.Silo.Hosting;

namespace Cooperation.Silo.Seeding;

/// <summary>
/// Loads the chapter-7 partnerships at silo start, through the grains only.
/// </summary>
/// <remarks>
/// Every command has a fixed client mutation id derived from the slug and the milestone's rank, so a restart
/// replays them as repeats: the grains return the first result and nothing is duplicated or changed, even a
/// milestone someone has edited since.
/// </remarks>
public sealed partial class SeedPartnershipsTask(IGrainFactory grains, CooperationSiloOptions options, ILogger<SeedPartnershipsTask> logger) : IStartupTask
{
    public async Task Execute(CancellationToken cancellationToken)
    {
        foreach (var seed in ChapterSevenPartnerships.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await SeedAsync(seed);
        }

        LogSeeded(logger, ChapterSevenPartnerships.All.Count);

        // People come after the partnerships their memberships name.
        if (options.SeedDemoPeople)
        {
            var password = options.DemoPassword is { Length: > 0 } p ? p : throw new InvalidOperationException(
                $"{CooperationSiloOptions.Section}:DemoPassword est requis avec SeedDemoPeople. / {CooperationSiloOptions.Section}:DemoPassword is required with SeedDemoPeople.");
            await DemoPeopleSeeder.SeedAsync(grains, password, cancellationToken);
            LogPeopleSeeded(logger, DemoPeople.All.Count);
        }

        // Field work hangs off the partnerships; it is seeded with the platform's own actor.
        // Reports come last: their computed indicators count what the shipments and missions recorded.
        await ShipmentSeeds.SeedAsync(grains, cancellationToken);
        await MissionSeeds.SeedAsync(grains, cancellationToken);
        await MoneySeeds.SeedAsync(grains, cancellationToken);
        await ShipmentSeeds.SeedItemLivesAsync(grains, cancellationToken);
        await ReportSeeds.SeedAsync(grains, cancellationToken);
        // The fund's call and files name the partnerships; its reviews need the demo people.
        await FundSeeds.SeedAsync(grains, options.SeedDemoPeople, cancellationToken);

        // Annotations are written by people, on the versions just seeded.
        if (options.SeedDemoPeople)
            await AnnotationSeeds.SeedAsync(grains, cancellationToken);
    }

    private async Task SeedAsync(SeedPartnership seed)
    {
        var partnership = grains.GetGrain<IPartnershipGrain>(seed.Slug);
        var actor = Actor.Seed;
        await partnership.EstablishAsync(new EstablishPartnership(
            $"seed:{seed.Slug}", actor, seed.Name, seed.Summary, seed.North, seed.South,
            seed.ThirdPartners, seed.Themes, seed.StartedOn, EndsOn: null, PartnershipStatus.Active));

        for (var rank = 1; rank <= seed.Milestones.Count; rank++)
        {
            var m = seed.Milestones[rank - 1];
            var prefix = $"seed:{seed.Slug}:{rank}";
            var milestone = await partnership.PlanMilestoneAsync(
                new PlanMilestone($"{prefix}:plan", actor, m.Title, m.Description, m.Side, m.StartOn, m.DueOn));
            if (m.Progress > 0)
                await partnership.RecordMilestoneProgressAsync(
                    new RecordMilestoneProgress($"{prefix}:progress", actor, milestone.Id, null, m.Progress));
            if (m.Completed)
                await partnership.CompleteMilestoneAsync(new CompleteMilestone($"{prefix}:complete", actor, milestone.Id, null));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed partnerships in place: {Count}")]
    private static partial void LogSeeded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo people in place: {Count}")]
    private static partial void LogPeopleSeeded(ILogger logger, int count);
}
