using Cooperation.Grains.Accounts;
using Cooperation.GraphQL.Accounts;
using Cooperation.GraphQL.Http;
using Cooperation.GraphQL.Schema.Errors;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Cooperation.GraphQL.Schema.Access;

/// <summary>
/// Checks every selected field's <see cref="AccessRule"/> before anything runs: no sign-in where one is needed is
/// <c>UNAUTHENTICATED</c> (401), a non-administrator asking for an administrator field <c>FORBIDDEN</c> (403).
/// Membership and sides are then decided by the grains, which receive the acting person.
/// </summary>
/// <remarks>Stands in for the authorization rule of GraphQL.Server, which this project's package feed does not serve.</remarks>
public sealed class AccessValidationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var viewer = ViewerOf(context.UserContext);
        // The refusals below read nothing of the viewer but her standing (and, once refused, why she is not signed in):
        // what lets PersistedDocumentCache take a document this rule passed for one standing as passed for the same.
        var standing = StandingOf(viewer);
        var reported = false;
        return new ValueTask<INodeVisitor?>(new MatchingNodeVisitor<GraphQLField>((node, ctx) =>
        {
            // The parent may come wrapped (a list of partnerships): its rule is the named type's.
            var parent = ctx.TypeInfo.GetParentType()?.GetNamedType();
            if (reported || ctx.TypeInfo.GetFieldDef() is not { } field || IsIntrospection(field, parent))
                return;
            var rule = field.AccessOf() ?? (parent?.IsGuardedByParent() == true ? AccessRule.Public : null);
            var error = rule switch
            {
                null => AccessValidationError.Forbidden(ctx.Document.Source, node,
                    $"Le champ « {field.Name} » n'a pas de règle d'accès. / Field '{field.Name}' has no access rule."),
                AccessRule.Public => null,
                _ when !standing.HasFlag(Standing.SignedIn) => AccessValidationError.Unauthenticated(ctx.Document.Source, node, viewer.Problem),
                AccessRule.Administrator when !standing.HasFlag(Standing.Administrator) => AccessValidationError.Forbidden(ctx.Document.Source, node,
                    "Réservé aux administrateurs. / Administrators only."),
                AccessRule.FundManager when !standing.HasFlag(Standing.FundManager) => AccessValidationError.Forbidden(ctx.Document.Source, node,
                    "Réservé aux gestionnaires du Fonds de Solidarité Numérique. / Fund managers only."),
                AccessRule.FundReviewer when !standing.HasFlag(Standing.FundReviewer) => AccessValidationError.Forbidden(ctx.Document.Source, node,
                    "Réservé aux instructeurs du Fonds de Solidarité Numérique. / Fund reviewers only."),
                AccessRule.Oversight when !standing.HasFlag(Standing.Oversight) => AccessValidationError.Forbidden(ctx.Document.Source, node,
                    "Réservé aux administrateurs, aux gestionnaires du Fonds et aux agents des collectivités du Nord. / Administrators, fund managers and North staff only."),
                _ => null,
            };
            if (error is not null)
            {
                ctx.ReportError(error);
                reported = true;
            }
        }));
    }

    /// <summary>The person a request's user context carries, or nobody.</summary>
    public static Viewer ViewerOf(IDictionary<string, object?> userContext) =>
        userContext.TryGetValue(Viewer.UserContextKey, out var value) && value is Viewer v ? v : Viewer.Anonymous(TokenProblem.Missing);

    /// <summary>
    /// What of a person this rule decides on: whether she is signed in, and which rules beyond membership she meets
    /// (each partnership's own members are decided by the grains, not here).
    /// </summary>
    public static Standing StandingOf(Viewer viewer)
    {
        if (viewer.Access is not { } access)
            return Standing.None;
        var standing = Standing.SignedIn;
        if (access.IsAdministrator)
            standing |= Standing.Administrator | Standing.FundManager | Standing.FundReviewer | Standing.Oversight;
        if (access.Roles.Contains(AccountRole.FundManager))
            standing |= Standing.FundManager;
        if (access.Roles.Contains(AccountRole.FundReviewer))
            standing |= Standing.FundReviewer;
        if (Oversees(access))
            standing |= Standing.Oversight;
        return standing;
    }

    /// <summary>Whether a person oversees some partnership (<see cref="AccessRule.Oversight"/>).</summary>
    public static bool Oversees(AccountAccess access) =>
        access.IsAdministrator || access.Roles.Contains(AccountRole.FundManager) || access.Memberships.Any(m => m.Role == MemberRole.NorthStaff);

    private static bool IsIntrospection(FieldType field, IGraphType? parent) =>
        field.Name.StartsWith("__", StringComparison.Ordinal) || parent?.Name?.StartsWith("__", StringComparison.Ordinal) == true;

    /// <summary>What a person may ask for beyond <see cref="AccessRule.Public"/>, as this rule decides it.</summary>
    [Flags]
    public enum Standing
    {
        None = 0,
        SignedIn = 1,
        Administrator = 2,
        FundManager = 4,
        FundReviewer = 8,
        Oversight = 16,
    }
}

/// <summary>An access refusal found before execution, with its HTTP status.</summary>
public sealed class AccessValidationError : ValidationError, IHasPreferredStatusCode
{
    private AccessValidationError(ROM source, ASTNode node, string message, string code, int status)
        : base(source, null, message, node)
    {
        Code = code;
        PreferredStatusCode = status;
    }

    public int PreferredStatusCode { get; }

    public static AccessValidationError Unauthenticated(ROM source, ASTNode node, TokenProblem problem) =>
        new(source, node, AccessErrors.Unauthenticated(problem).Message, ErrorCodes.Unauthenticated, StatusCodes.Status401Unauthorized);

    public static AccessValidationError Forbidden(ROM source, ASTNode node, string message) =>
        new(source, node, message, ErrorCodes.Forbidden, StatusCodes.Status403Forbidden);
}
