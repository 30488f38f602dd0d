namespace Cooperation.Grains.Missions;

/// <summary>The text sections of a compte rendu de mission.</summary>
/// <param name="WhatWasDone">Ce qui a été fait.</param>
/// <param name="Findings">Constats.</param>
/// <param name="FollowUp">Suites à donner.</param>
[GenerateSerializer, Immutable]
public sealed record MissionReportContent(
    [property: Id(0)] string WhatWasDone,
    [property: Id(1)] string Findings,
    [property: Id(2)] string FollowUp);
