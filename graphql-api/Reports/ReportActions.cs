using Cooperation.Grains.Reports;
using Cooperation.Grains.Reports.Commands;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema.Actions;

namespace Cooperation.GraphQL.Reports;

/// <summary>The field actions on reports; the report grain decides sides.</summary>
internal static class ReportActions
{
    public static IEnumerable<FieldAction> All =>
    [
        new FieldAction<DraftReportInput, DraftReportInputType, Report>("draftReport",
            "Rédiger le rapport d'avancement d'une période (Nord). / Draft a period's progress report (North).", Answer,
            (i, c) =>
            {
                var slug = PartnershipLookup.Slug(i.PartnershipId);
                // The key is checked (and the period with it) before any grain is asked for.
                var key = ReportRules.Key(slug, i.PeriodStart, i.PeriodEnd);
                var content = new ReportContent(
                    i.Activities ?? "", i.Results ?? "", i.Difficulties ?? "", i.NextSteps ?? "",
                    i.Indicators?.Select(x => x.ToIndicator()).ToList() ?? [],
                    ReportLookup.MilestoneIds(slug, i.MilestoneIds) ?? [],
                    i.Attachments?.Select(a => a.ToAttachment()).ToList() ?? []);
                return c.Grains.GetGrain<IReportGrain>(key).DraftAsync(new DraftReport(i.ClientMutationId, c.Actor, content));
            }),
        new FieldAction<EditReportInput, EditReportInputType, Report>("editReport",
            "Modifier le brouillon d'un rapport (Nord) ; refusé pour une version soumise. / Edit a report's draft (North); refused for a submitted version.", Answer,
            (i, c) =>
            {
                var key = ReportLookup.Key(i.ReportId);
                return c.Grains.GetGrain<IReportGrain>(key).EditAsync(new EditReport(
                    i.ClientMutationId, c.Actor, i.ExpectedRevision, i.Activities, i.Results, i.Difficulties, i.NextSteps,
                    i.Indicators?.Select(x => x.ToIndicator()).ToList(),
                    ReportLookup.MilestoneIds(ReportRules.ParseKey(key).Slug, i.MilestoneIds),
                    i.Attachments?.Select(x => x.ToAttachment()).ToList()));
            }),
        new FieldAction<SubmitReportInput, SubmitReportInputType, Report>("submitReport",
            "Soumettre le rapport (Nord) : le brouillon devient la version suivante, figée. / Submit the report (North): the draft becomes the next, frozen version.", Answer,
            (i, c) => Of(i, c).SubmitAsync(new SubmitReport(i.ClientMutationId, c.Actor))),
        new FieldAction<AcknowledgeReportInput, AcknowledgeReportInputType, Report>("acknowledgeReport",
            "Prendre en compte le rapport soumis (Sud). / Acknowledge the submitted report (South).", Answer,
            (i, c) => Of(i, c).AcknowledgeAsync(new AcknowledgeReport(i.ClientMutationId, c.Actor, i.Comment))),
        new FieldAction<ReturnReportInput, ReturnReportInputType, Report>("returnReport",
            "Renvoyer le rapport soumis pour modifications, avec commentaires (Sud). / Return the submitted report for changes, with comments (South).", Answer,
            (i, c) => Of(i, c).ReturnAsync(new ReturnReport(i.ClientMutationId, c.Actor, i.Comment))),
    ];

    /// <summary>What every report action answers: the report as the action left it.</summary>
    private static ActionAnswer<Report> Answer { get; } = ActionAnswer<Report>.Entity<ReportType>("report",
        "Résultat : l'identifiant client renvoyé et le rapport. / Result: the echoed client id and the report.").Changing(ReportSchema.Changes, r => r);

    /// <summary>The report an action on an existing report acts on.</summary>
    private static IReportGrain Of(ReportChangeInput input, ActionContext context) =>
        context.Grains.GetGrain<IReportGrain>(ReportLookup.Key(input.ReportId));
}
