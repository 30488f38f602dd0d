namespace Cooperation.Grains.Funding.Applications;

/// <summary>One filed version of an application, frozen at filing: its content never changes afterwards.</summary>
/// <param name="Number">1 for the first filing, 2 after a return for completion, and so on.</param>
/// <param name="SubmittedBy">Display name of who filed it.</param>
[GenerateSerializer, Immutable]
public sealed record ApplicationVersion(
    [property: Id(0)] int Number,
    [property: Id(1)] ApplicationContent Content,
    [property: Id(2)] DateTimeOffset SubmittedAt,
    [property: Id(3)] string SubmittedBy);
