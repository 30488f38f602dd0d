using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Partnerships.Commands;
using Cooperation.GraphQL.Schema.Actions;

namespace Cooperation.GraphQL.Partnerships.Mutations;

/// <summary>The field actions on milestones; the partnership grain decides which side may change what.</summary>
public static class MilestoneActions
{
    public static IEnumerable<FieldAction> All =>
    [
        new FieldAction<PlanMilestoneInput, PlanMilestoneInputType, MilestoneNode>("planMilestone", "Planifier un jalon. / Plan a milestone.", Answer,
            async (i, c) =>
            {
                var slug = PartnershipLookup.Slug(i.PartnershipId);
                var milestone = await c.Grains.GetGrain<IPartnershipGrain>(slug).PlanMilestoneAsync(new PlanMilestone(
                    i.ClientMutationId, c.Actor, i.Title, i.Description, i.Side, i.StartOn, i.DueOn));
                return new MilestoneNode(slug, milestone);
            }),
        Change<EditMilestoneInput, EditMilestoneInputType>("editMilestone", "Modifier un jalon. / Edit a milestone.",
            (i, actor, id) => g => g.EditMilestoneAsync(new EditMilestone(i.ClientMutationId, actor, id, i.ExpectedVersion, i.Title, i.Description))),
        Change<RescheduleMilestoneInput, RescheduleMilestoneInputType>("rescheduleMilestone", "Replanifier un jalon. / Reschedule a milestone.",
            (i, actor, id) => g => g.RescheduleMilestoneAsync(new RescheduleMilestone(i.ClientMutationId, actor, id, i.ExpectedVersion, i.StartOn, i.DueOn, i.StartOnGiven))),
        Change<RecordMilestoneProgressInput, RecordMilestoneProgressInputType>("recordMilestoneProgress", "Indiquer l'avancement d'un jalon. / Record a milestone's progress.",
            (i, actor, id) => g => g.RecordMilestoneProgressAsync(new RecordMilestoneProgress(i.ClientMutationId, actor, id, i.ExpectedVersion, i.Progress))),
        Change<CompleteMilestoneInput, CompleteMilestoneInputType>("completeMilestone", "Déclarer un jalon atteint. / Complete a milestone.",
            (i, actor, id) => g => g.CompleteMilestoneAsync(new CompleteMilestone(i.ClientMutationId, actor, id, i.ExpectedVersion))),
        Change<CancelMilestoneInput, CancelMilestoneInputType>("cancelMilestone", "Annuler un jalon. / Cancel a milestone.",
            (i, actor, id) => g => g.CancelMilestoneAsync(new CancelMilestone(i.ClientMutationId, actor, id, i.ExpectedVersion, i.Reason))),
    ];

    /// <summary>What every milestone action answers: the milestone as the action left it (the change set carries milestones itself).</summary>
    private static ActionAnswer<MilestoneNode> Answer { get; } = ActionAnswer<MilestoneNode>.Entity<MilestoneType>("milestone",
        "Résultat : l'identifiant client renvoyé et le jalon. / Result: the echoed client id and the milestone.");

    /// <summary>An action on an existing milestone, which its partnership's grain carries out.</summary>
    private static FieldAction Change<TInput, TInputType>(
        string name, string description, Func<TInput, Actor, string, Func<IPartnershipGrain, Task<Milestone>>> command)
        where TInput : MilestoneChangeInput
        where TInputType : IInputObjectGraphType =>
        new FieldAction<TInput, TInputType, MilestoneNode>(name, description, Answer, async (i, c) =>
        {
            var (slug, milestoneId) = PartnershipLookup.Milestone(i.MilestoneId);
            return new MilestoneNode(slug, await command(i, c.Actor, milestoneId)(c.Grains.GetGrain<IPartnershipGrain>(slug)));
        });
}
