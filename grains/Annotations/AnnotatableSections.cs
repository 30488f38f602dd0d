using Cooperation.Grains.Missions;
using Cooperation.Grains.Reports;

namespace Cooperation.Grains.Annotations;

/// <summary>
/// The named text sections of each kind of document a passage can be cited from or annotated on. Section names are
/// the GraphQL field names, so a client selects text under a field and sends that field's name.
/// </summary>
public static class AnnotatableSections
{
    public static IReadOnlyDictionary<string, string> Sections(this ReportContent content) => new Dictionary<string, string>
    {
        ["activities"] = content.Activities,
        ["results"] = content.Results,
        ["difficulties"] = content.Difficulties,
        ["nextSteps"] = content.NextSteps,
    };

    public static IReadOnlyDictionary<string, string> Sections(this MissionReportContent content) => new Dictionary<string, string>
    {
        ["whatWasDone"] = content.WhatWasDone,
        ["findings"] = content.Findings,
        ["followUp"] = content.FollowUp,
    };
}
