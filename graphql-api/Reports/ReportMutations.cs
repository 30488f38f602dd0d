using Cooperation.Grains.Reports;
using Cooperation.Grains.Reports.Commands;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Reports;

/// <summary>The report fields of the mutation root, one Input and one Payload each; the report grain decides sides.</summary>
internal static class ReportMutations
{
    public static void Add(ObjectGraphType mutation)
    {
        mutation.Field("draftReport", new NonNullGraphType(new ReportPayloadType("DraftReportPayload")))
            .Description("Rédiger le rapport d'avancement d'une période (Nord). / Draft a period's progress report (North).")
            .Argument<NonNullGraphType<DraftReportInputType>>("input")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<DraftReportInput>("input");
                var slug = PartnershipLookup.Slug(input.PartnershipId);
                // The key is checked (and the period with it) before any grain is asked for.
                var key = ReportRules.Key(slug, input.PeriodStart, input.PeriodEnd);
                var content = new ReportContent(
                    input.Activities ?? "", input.Results ?? "", input.Difficulties ?? "", input.NextSteps ?? "",
                    input.Indicators?.Select(i => i.ToIndicator()).ToList() ?? [],
                    ReportLookup.MilestoneIds(slug, input.MilestoneIds) ?? [],
                    input.Attachments?.Select(a => a.ToAttachment()).ToList() ?? []);
                var report = await c.Grains().GetGrain<IReportGrain>(key).DraftAsync(new DraftReport(input.ClientMutationId, c.Actor(), content));
                return new ReportPayload(input.ClientMutationId, report);
            });

        Add<EditReportInput, EditReportInputType>(mutation, "editReport",
            "Modifier le brouillon d'un rapport (Nord) ; refusé pour une version soumise. / Edit a report's draft (North); refused for a submitted version.",
            (i, actor, key) => g => g.EditAsync(new EditReport(
                i.ClientMutationId, actor, i.ExpectedRevision, i.Activities, i.Results, i.Difficulties, i.NextSteps,
                i.Indicators?.Select(x => x.ToIndicator()).ToList(),
                ReportLookup.MilestoneIds(ReportRules.ParseKey(key).Slug, i.MilestoneIds),
                i.Attachments?.Select(x => x.ToAttachment()).ToList())));
        Add<SubmitReportInput, SubmitReportInputType>(mutation, "submitReport",
            "Soumettre le rapport (Nord) : le brouillon devient la version suivante, figée. / Submit the report (North): the draft becomes the next, frozen version.",
            (i, actor, _) => g => g.SubmitAsync(new SubmitReport(i.ClientMutationId, actor)));
        Add<AcknowledgeReportInput, AcknowledgeReportInputType>(mutation, "acknowledgeReport",
            "Prendre en compte le rapport soumis (Sud). / Acknowledge the submitted report (South).",
            (i, actor, _) => g => g.AcknowledgeAsync(new AcknowledgeReport(i.ClientMutationId, actor, i.Comment)));
        Add<ReturnReportInput, ReturnReportInputType>(mutation, "returnReport",
            "Renvoyer le rapport soumis pour modifications, avec commentaires (Sud). / Return the submitted report for changes, with comments (South).",
            (i, actor, _) => g => g.ReturnAsync(new ReturnReport(i.ClientMutationId, actor, i.Comment)));
    }

    /// <summary>Declares a mutation on an existing report: <c>name(input: NameInput!): NamePayload!</c>.</summary>
    private static void Add<TInput, TInputType>(
        ObjectGraphType mutation, string name, string description,
        Func<TInput, Actor, string, Func<IReportGrain, Task<Report>>> command)
        where TInput : ReportChangeInput
        where TInputType : IInputObjectGraphType
    {
        var payloadName = char.ToUpperInvariant(name[0]) + name[1..] + "Payload";
        mutation.Field(name, new NonNullGraphType(new ReportPayloadType(payloadName)))
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<TInput>("input");
                var key = ReportLookup.Key(input.ReportId);
                var report = await command(input, c.Actor(), key)(c.Grains().GetGrain<IReportGrain>(key));
                return new ReportPayload(input.ClientMutationId, report);
            });
    }
}
