namespace Cooperation.Grains.Reports;

/// <summary>What a report says of an attached document (pièce jointe); the file itself is not uploaded here.</summary>
/// <param name="Name">File name as the person sees it (e.g. "photos-mairie-sakete.zip").</param>
/// <param name="ContentType">Media type (e.g. "application/pdf").</param>
/// <param name="SizeBytes">Size in bytes.</param>
[GenerateSerializer, Immutable]
public sealed record ReportAttachment(
    [property: Id(0)] string Name,
    [property: Id(1)] string ContentType,
    [property: Id(2)] long SizeBytes);
