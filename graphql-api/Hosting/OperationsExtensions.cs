using Cooperation.GraphQL.Accounts;
using Cooperation.GraphQL.Http;
using Cooperation.GraphQL.Schema.Errors;
using Cooperation.Silo.Hosting;
using Cooperation.Silo.Operations;
using GraphQL.DI;
using Orleans.Dashboard;

namespace Cooperation.GraphQL.Hosting;

/// <summary>
/// What the people who run the service need: telemetry, the health probes, and the Orleans Dashboard at
/// <c>/admin/orleans</c> for administrators (when <c>Cooperation:Dashboard:Enabled</c>).
/// </summary>
public static class OperationsExtensions
{
    public const string DashboardPath = "/admin/orleans";

    public static WebApplicationBuilder AddCooperationOperations(this WebApplicationBuilder builder)
    {
        builder.AddCooperationTelemetry("cooperation-api");
        builder.AddCooperationHealthChecks();
        builder.Services.AddSingleton<IConfigureExecution, ActionLogScope>();
        // The silo hosted here collects for the dashboard (AddCooperationSilo); a client of the cluster reads the silos'.
        if (builder.Configuration.DashboardEnabled() && CooperationClusterOptions.From(builder.Configuration).ApiAsClient)
            builder.UseOrleansClient(client => client.AddDashboard());
        return builder;
    }

    /// <summary>Mapped after the viewer is known: the dashboard asks for an administrator's sign-in.</summary>
    public static WebApplication MapCooperationOperations(this WebApplication app)
    {
        app.MapCooperationHealth();
        if (!app.Configuration.DashboardEnabled())
            return app;
        app.UseWhen(context => context.Request.Path.StartsWithSegments(DashboardPath), admin => admin.Use(async (context, next) =>
        {
            var viewer = ViewerMiddleware.Of(context);
            GraphQLRequestError? refusal =
                !viewer.IsSignedIn ? new(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, AccessErrors.Unauthenticated(viewer.Problem).Message)
                : !viewer.Access!.IsAdministrator ? new(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden,
                    "Le tableau de bord du cluster est réservé aux administrateurs. / The cluster dashboard is for administrators only.")
                : null;
            if (refusal is null)
                await next(context);
            else
                await refusal.WriteAsync(context, "application/json");
        }));
        app.MapOrleansDashboard(DashboardPath);
        return app;
    }
}
