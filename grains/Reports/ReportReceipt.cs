namespace Cooperation.Grains.Reports;

/// <summary>What a report remembers of an applied action, so a repeat of its id returns the first result.</summary>
/// <param name="Kind">The command's type name: the same id sent with another command is refused.</param>
/// <param name="Result">The report as the first application left it.</param>
[GenerateSerializer, Immutable]
public sealed record ReportReceipt(
    [property: Id(0)] string Kind,
    [property: Id(1)] Report Result);
