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
        var viewer = context.UserContext.TryGetValue(Viewer.UserContextKey, out var value) && value is Viewer v
            ? v
            : Viewer.Anonymous(TokenProblem.Missing);
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
                _ when !viewer.IsSignedIn => AccessValidationError.Unauthenticated(ctx.Document.Source, node, viewer.Problem),
                AccessRule.Administrator when !viewer.Access!.IsAdministrator => AccessValidationError.Forbidden(ctx.Document.Source, node,
                    "Réservé aux administrateurs. / Administrators only."),
                AccessRule.FundManager when !viewer.Access!.IsAdministrator && !viewer.Access.Roles.Contains(AccountRole.FundManager) =>
                    AccessValidationError.Forbidden(ctx.Document.Source, node,
                        "Réservé aux gestionnaires du Fonds de Solidarité Numérique. / Fund managers only."),
                AccessRule.FundReviewer when !viewer.Access!.IsAdministrator && !viewer.Access.Roles.Contains(AccountRole.FundReviewer) =>
                    AccessValidationError.Forbidden(ctx.Document.Source, node,
                        "Réservé aux instructeurs du Fonds de Solidarité Numérique. / Fund reviewers only."),
                AccessRule.Oversight when !Oversees(viewer.Access!) => AccessValidationError.Forbidden(ctx.Document.Source, node,
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

    /// <summary>Whether a person oversees some partnership (<see cref="AccessRule.Oversight"/>).</summary>
    public static bool Oversees(AccountAccess access) =>
        access.IsAdministrator || access.Roles.Contains(AccountRole.FundManager) || access.Memberships.Any(m => m.Role == MemberRole.NorthStaff);

    private static bool IsIntrospection(FieldType field, IGraphType? parent) =>
        field.Name.StartsWith("__", StringComparison.Ordinal) || parent?.Name?.StartsWith("__", StringComparison.Ordinal) == true;
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
