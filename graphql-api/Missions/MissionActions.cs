using Cooperation.Grains.Missions;
using Cooperation.Grains.Missions.Commands;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema.Actions;

namespace Cooperation.GraphQL.Missions;

/// <summary>The field actions on missions; the mission grain decides sides.</summary>
internal static class MissionActions
{
    public static IEnumerable<FieldAction> All =>
    [
        new FieldAction<PlanMissionInput, PlanMissionInputType, Mission>("planMission",
            "Planifier une mission de terrain (Nord). / Plan a field mission (North).", Answer,
            (i, c) =>
            {
                var slug = PartnershipLookup.Slug(i.PartnershipId);
                // The key derives from the action id: a repeat of the plan reaches the same mission.
                var key = MissionRules.KeyFor(slug, i.ClientMutationId);
                var plan = new MissionPlan(
                    i.Title, i.StartOn, i.EndOn,
                    [.. i.Travellers.Select(t => t.ToTraveller())],
                    [.. i.Places.Select(p => p.ToPlace())],
                    i.Objectives ?? [],
                    i.Agenda?.Select(d => d.ToDay()).ToList() ?? [],
                    MissionLookup.MilestoneIds(slug, i.MilestoneIds) ?? []);
                return c.Grains.GetGrain<IMissionGrain>(key).PlanAsync(new PlanMission(i.ClientMutationId, c.Actor, plan));
            }),
        new FieldAction<EditMissionInput, EditMissionInputType, Mission>("editMission",
            "Modifier une mission planifiée (Nord). / Edit a planned mission (North).", Answer,
            (i, c) =>
            {
                var key = MissionLookup.Key(i.MissionId);
                return c.Grains.GetGrain<IMissionGrain>(key).EditAsync(new EditMission(
                    i.ClientMutationId, c.Actor, i.ExpectedVersion, i.Title, i.StartOn, i.EndOn,
                    i.Travellers?.Select(t => t.ToTraveller()).ToList(),
                    i.Places?.Select(p => p.ToPlace()).ToList(),
                    i.Objectives,
                    i.Agenda?.Select(d => d.ToDay()).ToList(),
                    MissionLookup.MilestoneIds(MissionRules.ParseKey(key).Slug, i.MilestoneIds)));
            }),
        new FieldAction<StartMissionInput, StartMissionInputType, Mission>("startMission",
            "Démarrer la mission (Nord) : planifiée → en cours. / Start the mission (North): planned → under way.", Answer,
            (i, c) => Of(i, c).StartAsync(new StartMission(i.ClientMutationId, c.Actor, i.ExpectedVersion))),
        new FieldAction<FileMissionReportInput, FileMissionReportInputType, Mission>("fileMissionReport",
            "Déposer le compte rendu de mission (Nord) : chaque dépôt crée une nouvelle version numérotée. / File the mission report (North): each filing creates a new numbered version.", Answer,
            (i, c) => Of(i, c).FileReportAsync(new FileMissionReport(
                i.ClientMutationId, c.Actor, new MissionReportContent(i.WhatWasDone ?? "", i.Findings ?? "", i.FollowUp ?? "")))),
        new FieldAction<CancelMissionInput, CancelMissionInputType, Mission>("cancelMission",
            "Annuler une mission planifiée, avec la raison (Nord). / Cancel a planned mission, with the reason (North).", Answer,
            (i, c) => Of(i, c).CancelAsync(new CancelMission(i.ClientMutationId, c.Actor, i.Reason))),
        new FieldAction<CommentOnMissionInput, CommentOnMissionInputType, Mission>("commentOnMission",
            "Commenter une mission (Sud). / Comment on a mission (South).", Answer,
            (i, c) => Of(i, c).CommentAsync(new CommentOnMission(i.ClientMutationId, c.Actor, i.Text))),
    ];

    /// <summary>What every mission action answers: the mission as the action left it.</summary>
    private static ActionAnswer<Mission> Answer { get; } = ActionAnswer<Mission>.Entity<MissionType>("mission",
        "Résultat : l'identifiant client renvoyé et la mission. / Result: the echoed client id and the mission.").Changing(MissionSchema.Changes, m => m);

    /// <summary>The mission an action on an existing mission acts on.</summary>
    private static IMissionGrain Of(MissionChangeInput input, ActionContext context) =>
        context.Grains.GetGrain<IMissionGrain>(MissionLookup.Key(input.MissionId));
}
