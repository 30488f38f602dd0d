namespace Cooperation.GraphQL.Tests.Access;

/// <summary>
/// One row of the access matrix: a field of the schema, how to exercise it as a given person, and what each
/// role should meet. <paramref name="Request"/> gets the role and a helper to prepare throwaway data.
/// </summary>
public sealed record AccessCase(
    string Field,
    Func<MatrixContext, Role, Task<(string Query, object? Variables)>> Request,
    IReadOnlyDictionary<Role, Outcome> Expected)
{
    /// <summary>For a mutation: what must read the same before and after a refusal (none for the session rows, which change no shared state).</summary>
    public ReadBack? ReadBack { get; init; }

    public override string ToString() => Field;

    /// <summary>Expected outcomes: the listed roles are allowed, anonymous is UNAUTHENTICATED, the others FORBIDDEN.</summary>
    public static IReadOnlyDictionary<Role, Outcome> AllowedFor(params Role[] allowed) => Meeting(Outcome.Allowed, allowed);

    /// <summary>Expected outcomes: the listed roles meet <paramref name="outcome"/>, anonymous is UNAUTHENTICATED, the others FORBIDDEN.</summary>
    public static IReadOnlyDictionary<Role, Outcome> Meeting(Outcome outcome, params Role[] roles) =>
        Enum.GetValues<Role>().ToDictionary(r => r, r =>
            roles.Contains(r) ? outcome : r == Role.Anonymous ? Outcome.Unauthenticated : Outcome.Forbidden);

    public static IReadOnlyDictionary<Role, Outcome> Everyone { get; } =
        Enum.GetValues<Role>().ToDictionary(r => r, _ => Outcome.Allowed);

    public static IReadOnlyDictionary<Role, Outcome> AnySignedIn { get; } =
        Enum.GetValues<Role>().ToDictionary(r => r, r => r == Role.Anonymous ? Outcome.Unauthenticated : Outcome.Allowed);

    public static readonly Role[] OwnMembers = [Role.NorthStaffOwn, Role.SouthAgentOwn, Role.ThirdPartnerOwn, Role.Administrator];

    public static readonly Role[] OwnPlanners = [Role.NorthStaffOwn, Role.SouthAgentOwn, Role.Administrator];
}
