using Cooperation.Grains.Missions;
using Cooperation.Grains.Missions.Commands;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Missions;

/// <summary>The mission fields of the mutation root, one Input and one Payload each; the mission grain decides sides.</summary>
internal static class MissionMutations
{
    public static void Add(ObjectGraphType mutation)
    {
        mutation.Field("planMission", new NonNullGraphType(new MissionPayloadType("PlanMissionPayload")))
            .Description("Planifier une mission de terrain (Nord). / Plan a field mission (North).")
            .Argument<NonNullGraphType<PlanMissionInputType>>("input")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<PlanMissionInput>("input");
                var slug = PartnershipLookup.Slug(input.PartnershipId);
                // The key derives from the action id: a repeat of the plan reaches the same mission.
                var key = MissionRules.KeyFor(slug, input.ClientMutationId);
                var plan = new MissionPlan(
                    input.Title, input.StartOn, input.EndOn,
                    [.. input.Travellers.Select(t => t.ToTraveller())],
                    [.. input.Places.Select(p => p.ToPlace())],
                    input.Objectives ?? [],
                    input.Agenda?.Select(d => d.ToDay()).ToList() ?? [],
                    MissionLookup.MilestoneIds(slug, input.MilestoneIds) ?? []);
                var mission = await c.Grains().GetGrain<IMissionGrain>(key).PlanAsync(new PlanMission(input.ClientMutationId, c.Actor(), plan));
                return new MissionPayload(input.ClientMutationId, mission);
            });

        Add<EditMissionInput, EditMissionInputType>(mutation, "editMission",
            "Modifier une mission planifiée (Nord). / Edit a planned mission (North).",
            (i, actor, key) => g => g.EditAsync(new EditMission(
                i.ClientMutationId, actor, i.ExpectedVersion, i.Title, i.StartOn, i.EndOn,
                i.Travellers?.Select(t => t.ToTraveller()).ToList(),
                i.Places?.Select(p => p.ToPlace()).ToList(),
                i.Objectives,
                i.Agenda?.Select(d => d.ToDay()).ToList(),
                MissionLookup.MilestoneIds(MissionRules.ParseKey(key).Slug, i.MilestoneIds))));
        Add<StartMissionInput, StartMissionInputType>(mutation, "startMission",
            "Démarrer la mission (Nord) : planifiée → en cours. / Start the mission (North): planned → under way.",
            (i, actor, _) => g => g.StartAsync(new StartMission(i.ClientMutationId, actor, i.ExpectedVersion)));
        Add<FileMissionReportInput, FileMissionReportInputType>(mutation, "fileMissionReport",
            "Déposer le compte rendu de mission (Nord) : chaque dépôt crée une nouvelle version numérotée. / File the mission report (North): each filing creates a new numbered version.",
            (i, actor, _) => g => g.FileReportAsync(new FileMissionReport(
                i.ClientMutationId, actor, new MissionReportContent(i.WhatWasDone ?? "", i.Findings ?? "", i.FollowUp ?? ""))));
        Add<CancelMissionInput, CancelMissionInputType>(mutation, "cancelMission",
            "Annuler une mission planifiée, avec la raison (Nord). / Cancel a planned mission, with the reason (North).",
            (i, actor, _) => g => g.CancelAsync(new CancelMission(i.ClientMutationId, actor, i.Reason)));
        Add<CommentOnMissionInput, CommentOnMissionInputType>(mutation, "commentOnMission",
            "Commenter une mission (Sud). / Comment on a mission (South).",
            (i, actor, _) => g => g.CommentAsync(new CommentOnMission(i.ClientMutationId, actor, i.Text)));
    }

    /// <summary>Declares a mutation on an existing mission: <c>name(input: NameInput!): NamePayload!</c>.</summary>
    private static void Add<TInput, TInputType>(
        ObjectGraphType mutation, string name, string description,
        Func<TInput, Actor, string, Func<IMissionGrain, Task<Mission>>> command)
        where TInput : MissionChangeInput
        where TInputType : IInputObjectGraphType
    {
        var payloadName = char.ToUpperInvariant(name[0]) + name[1..] + "Payload";
        mutation.Field(name, new NonNullGraphType(new MissionPayloadType(payloadName)))
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<TInput>("input");
                var key = MissionLookup.Key(input.MissionId);
                var mission = await command(input, c.Actor(), key)(c.Grains().GetGrain<IMissionGrain>(key));
                return new MissionPayload(input.ClientMutationId, mission);
            });
    }
}
