using System.Text.Json;
using Cooperation.Grains.Missions;
using Cooperation.Grains.Missions.Commands;

namespace Cooperation.Grains.Tests.Missions;

/// <summary>Missions the tests use often, with realistic values.</summary>
public static class TestMissions
{
    public static readonly DateOnly StartOn = new(2027, 2, 1);
    public static readonly DateOnly EndOn = new(2027, 2, 12);

    public static MissionPlan Plan(
        string title = "Échange des animateurs TICE dans les écoles du Sénégal",
        DateOnly? startOn = null, DateOnly? endOn = null,
        IReadOnlyList<MissionTraveller>? travellers = null,
        IReadOnlyList<MissionAgendaDay>? agenda = null,
        IReadOnlyList<string>? milestoneIds = null) => new(
        title, startOn ?? StartOn, endOn ?? EndOn,
        travellers ?? [new("Marc Girard", "Ville de Besançon"), new("Laure Pernet", "Ville de Besançon, animatrice TICE")],
        [new("Dakar", "Sénégal"), new("Thiès", "Sénégal")],
        ["Échanger avec les animateurs TICE sénégalais.", "Vérifier l'équipement des salles multimédia."],
        agenda ?? [new(new DateOnly(2027, 2, 3), "Visite de l'école pilote."), new(new DateOnly(2027, 2, 1), "Accueil à Dakar.")],
        milestoneIds ?? []);

    public static MissionReportContent Report(string whatWasDone = "Visite de deux écoles et deux ateliers TICE.") =>
        new(whatWasDone, "La salle multimédia de l'école pilote fonctionne.", "Envoyer des contenus hors ligne.");

    /// <summary>The grain a plan with this client mutation id creates in this partnership.</summary>
    public static IMissionGrain Grain(IGrainFactory grains, IPartnershipGrain partnership, string planId) =>
        grains.GetGrain<IMissionGrain>(MissionRules.KeyFor(partnership.GetPrimaryKeyString(), planId));

    /// <summary>A planned mission of the partnership, planned by its North staff.</summary>
    public static async Task<(IMissionGrain Grain, Mission Mission)> PlannedAsync(IGrainFactory grains, IPartnershipGrain partnership, string planId = "plan")
    {
        var grain = Grain(grains, partnership, planId);
        var mission = await grain.PlanAsync(new PlanMission(planId, TestPartnerships.Staff, Plan()));
        return (grain, mission);
    }

    /// <summary>Snapshots hold lists, which records compare by reference: compare their JSON instead.</summary>
    public static void AssertSame<T>(T expected, T actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
}
