using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Reports;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;

namespace Cooperation.GraphQL.Reports;

/// <summary>The content fields a report and each of its frozen versions share.</summary>
internal static class ReportContentFields
{
    public static void AddContentFields<T>(this ObjectGraphType<T> type, Func<T, ReportContent> content, Func<T, string> slug)
    {
        type.Field<NonNullGraphType<StringGraphType>>("activities").Description("Activités menées. / Activities.").Resolve(c => content(c.Source).Activities);
        type.Field<NonNullGraphType<StringGraphType>>("results").Description("Résultats obtenus. / Results.").Resolve(c => content(c.Source).Results);
        type.Field<NonNullGraphType<StringGraphType>>("difficulties").Description("Difficultés rencontrées. / Difficulties.").Resolve(c => content(c.Source).Difficulties);
        type.Field<NonNullGraphType<StringGraphType>>("nextSteps").Description("Prochaines étapes. / Next steps.").Resolve(c => content(c.Source).NextSteps);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportIndicatorType>>>>("indicators")
            .Description("Indicateurs de résultat. / Result indicators.").Resolve(c => content(c.Source).Indicators);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("milestoneIds")
            .Description("Identifiants globaux des jalons concernés. / Global ids of the milestones reported on.")
            .Resolve(c => content(c.Source).MilestoneIds.Select(m => MilestoneNode.GlobalIdOf(slug(c.Source), m)));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MilestoneType>>>>("milestones")
            .Description("Jalons concernés, tels qu'ils sont aujourd'hui. / Milestones reported on, as they are now.")
            .ResolveAsync(async c =>
            {
                var ids = content(c.Source).MilestoneIds;
                if (ids.Count == 0)
                    return Array.Empty<MilestoneNode>();
                var s = slug(c.Source);
                var milestones = (await c.Grains().GetGrain<IPartnershipGrain>(s).GetMilestonesAsync(c.Actor())).ToDictionary(m => m.Id);
                return ids.Where(milestones.ContainsKey).Select(id => new MilestoneNode(s, milestones[id])).ToArray();
            });
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportAttachmentType>>>>("attachments")
            .Description("Pièces jointes déclarées. / Declared attachments.").Resolve(c => content(c.Source).Attachments);
    }
}
