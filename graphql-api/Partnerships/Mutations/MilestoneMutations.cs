using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Partnerships.Commands;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Partnerships.Mutations;

/// <summary>The milestone fields of the mutation root, one Input and one Payload each.</summary>
public static class MilestoneMutations
{
    public static void AddMilestoneMutations(this ObjectGraphType mutation)
    {
        mutation.Field("planMilestone", new NonNullGraphType(new MilestonePayloadType("PlanMilestonePayload")))
            .Description("Planifier un jalon. / Plan a milestone.")
            .Argument<NonNullGraphType<PlanMilestoneInputType>>("input")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<PlanMilestoneInput>("input");
                var slug = PartnershipLookup.Slug(input.PartnershipId);
                var milestone = await c.Grains().GetGrain<IPartnershipGrain>(slug).PlanMilestoneAsync(new PlanMilestone(
                    input.ClientMutationId, c.Actor(), input.Title, input.Description, input.Side, input.StartOn, input.DueOn));
                return new MilestonePayload(input.ClientMutationId, new MilestoneNode(slug, milestone));
            });

        Add<EditMilestoneInput, EditMilestoneInputType>(mutation, "editMilestone", "Modifier un jalon. / Edit a milestone.",
            (i, actor, id) => g => g.EditMilestoneAsync(new EditMilestone(i.ClientMutationId, actor, id, i.ExpectedVersion, i.Title, i.Description)));
        Add<RescheduleMilestoneInput, RescheduleMilestoneInputType>(mutation, "rescheduleMilestone", "Replanifier un jalon. / Reschedule a milestone.",
            (i, actor, id) => g => g.RescheduleMilestoneAsync(new RescheduleMilestone(i.ClientMutationId, actor, id, i.ExpectedVersion, i.StartOn, i.DueOn, i.StartOnGiven)));
        Add<RecordMilestoneProgressInput, RecordMilestoneProgressInputType>(mutation, "recordMilestoneProgress", "Indiquer l'avancement d'un jalon. / Record a milestone's progress.",
            (i, actor, id) => g => g.RecordMilestoneProgressAsync(new RecordMilestoneProgress(i.ClientMutationId, actor, id, i.ExpectedVersion, i.Progress)));
        Add<CompleteMilestoneInput, CompleteMilestoneInputType>(mutation, "completeMilestone", "Déclarer un jalon atteint. / Complete a milestone.",
            (i, actor, id) => g => g.CompleteMilestoneAsync(new CompleteMilestone(i.ClientMutationId, actor, id, i.ExpectedVersion)));
        Add<CancelMilestoneInput, CancelMilestoneInputType>(mutation, "cancelMilestone", "Annuler un jalon. / Cancel a milestone.",
            (i, actor, id) => g => g.CancelMilestoneAsync(new CancelMilestone(i.ClientMutationId, actor, id, i.ExpectedVersion, i.Reason)));
    }

    /// <summary>
    /// Declares a mutation on an existing milestone: <c>name(input: NameInput!): NamePayload!</c>.
    /// </summary>
    private static void Add<TInput, TInputType>(
        ObjectGraphType mutation, string name, string description,
        Func<TInput, Actor, string, Func<IPartnershipGrain, Task<Milestone>>> command)
        where TInput : MilestoneChangeInput
        where TInputType : IInputObjectGraphType
    {
        var payloadName = char.ToUpperInvariant(name[0]) + name[1..] + "Payload";
        mutation.Field(name, new NonNullGraphType(new MilestonePayloadType(payloadName)))
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<TInput>("input");
                var (slug, milestoneId) = PartnershipLookup.Milestone(input.MilestoneId);
                var milestone = await command(input, c.Actor(), milestoneId)(c.Grains().GetGrain<IPartnershipGrain>(slug));
                return new MilestonePayload(input.ClientMutationId, new MilestoneNode(slug, milestone));
            });
    }
}
