namespace Cooperation.Grains.Reports.Commands;

/// <summary>
/// Modifier le brouillon: each part given replaces the draft's; a part left null stays as it is.
/// </summary>
/// <param name="ExpectedRevision">The report revision the person was looking at; when it moved on since, CONFLICT.</param>
[GenerateSerializer, Immutable]
public sealed record EditReport(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] int? ExpectedRevision,
    [property: Id(1)] string? Activities = null,
    [property: Id(2)] string? Results = null,
    [property: Id(3)] string? Difficulties = null,
    [property: Id(4)] string? NextSteps = null,
    [property: Id(5)] IReadOnlyList<ReportIndicator>? Indicators = null,
    [property: Id(6)] IReadOnlyList<string>? MilestoneIds = null,
    [property: Id(7)] IReadOnlyList<ReportAttachment>? Attachments = null) : Command(ClientMutationId, Actor);
