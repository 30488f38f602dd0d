using Cooperation.Grains.Missions;
using Cooperation.GraphQL.Schema;

namespace Cooperation.GraphQL.Missions;

/// <summary>CLR shape of <c>MissionTravellerInput</c>.</summary>
public sealed class MissionTravellerInput
{
    public string Name { get; set; } = "";
    public string Organisation { get; set; } = "";

    public MissionTraveller ToTraveller() => new(Name, Organisation);
}

/// <summary>CLR shape of <c>MissionPlaceInput</c>.</summary>
public sealed class MissionPlaceInput
{
    public string Town { get; set; } = "";
    public string Country { get; set; } = "";

    public MissionPlace ToPlace() => new(Town, Country);
}

/// <summary>CLR shape of <c>MissionAgendaDayInput</c>.</summary>
public sealed class MissionAgendaDayInput
{
    public DateOnly Date { get; set; }
    public string Text { get; set; } = "";

    public MissionAgendaDay ToDay() => new(Date, Text);
}

/// <summary>CLR shape of <c>PlanMissionInput</c>.</summary>
public sealed class PlanMissionInput : IClientMutationInput
{
    public string ClientMutationId { get; set; } = "";
    public string PartnershipId { get; set; } = "";
    public string Title { get; set; } = "";
    public DateOnly StartOn { get; set; }
    public DateOnly EndOn { get; set; }
    public List<MissionTravellerInput> Travellers { get; set; } = [];
    public List<MissionPlaceInput> Places { get; set; } = [];
    public List<string>? Objectives { get; set; }
    public List<MissionAgendaDayInput>? Agenda { get; set; }
    public List<string>? MilestoneIds { get; set; }
}

/// <summary>What every change to an existing mission carries.</summary>
public abstract class MissionChangeInput : IClientMutationInput
{
    public string ClientMutationId { get; set; } = "";
    public string MissionId { get; set; } = "";
}

/// <summary>CLR shape of <c>EditMissionInput</c>: null parts stay as they are.</summary>
public sealed class EditMissionInput : MissionChangeInput
{
    public long? ExpectedVersion { get; set; }
    public string? Title { get; set; }
    public DateOnly? StartOn { get; set; }
    public DateOnly? EndOn { get; set; }
    public List<MissionTravellerInput>? Travellers { get; set; }
    public List<MissionPlaceInput>? Places { get; set; }
    public List<string>? Objectives { get; set; }
    public List<MissionAgendaDayInput>? Agenda { get; set; }
    public List<string>? MilestoneIds { get; set; }
}

/// <summary>CLR shape of <c>StartMissionInput</c>.</summary>
public sealed class StartMissionInput : MissionChangeInput
{
    public long? ExpectedVersion { get; set; }
}

/// <summary>CLR shape of <c>FileMissionReportInput</c>.</summary>
public sealed class FileMissionReportInput : MissionChangeInput
{
    public string? WhatWasDone { get; set; }
    public string? Findings { get; set; }
    public string? FollowUp { get; set; }
}

/// <summary>CLR shape of <c>CancelMissionInput</c>.</summary>
public sealed class CancelMissionInput : MissionChangeInput
{
    public string Reason { get; set; } = "";
}

/// <summary>CLR shape of <c>CommentOnMissionInput</c>.</summary>
public sealed class CommentOnMissionInput : MissionChangeInput
{
    public string Text { get; set; } = "";
}
