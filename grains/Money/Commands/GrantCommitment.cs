namespace Cooperation.Grains.Money.Commands;

/// <summary>
/// What a granted application tells its partnership's ledger: the fund commits its amount. Not a person's action but
/// the consequence of one already durable in the application; the application's key makes it happen once.
/// </summary>
/// <param name="ApplicationKey">The granted application (« {callCode}/{number} »).</param>
/// <param name="Amount">The granted amount, in euros.</param>
/// <param name="DecidedOn">The day of the decision: the commitment's date.</param>
/// <param name="Title">The application's title, for the commitment's description.</param>
[GenerateSerializer, Immutable]
public sealed record GrantCommitment(
    [property: Id(0)] string ApplicationKey,
    [property: Id(1)] decimal Amount,
    [property: Id(2)] DateOnly DecidedOn,
    [property: Id(3)] string Title,
    [property: Id(4)] Actor DecidedBy);
