using static Cooperation.GraphQL.Tests.Access.AccessCase;

namespace Cooperation.GraphQL.Tests.Access;

// The dashboard row of the access matrix: those who oversee partnerships (administrators, fund managers, North staff)
// open it, each then shown only the partnerships she may read, which the dashboard tests check.
public static partial class AccessCases
{
    private static IReadOnlyList<AccessCase> Dashboards =>
    [
        new("Query.dashboard", (_, _) => Doc("{ dashboard { today partnerships { partnership { name } milestones { total } reports { overdue } deliveries { damaged } indicators { code } money { year } } } }"),
            AllowedFor(Role.NorthStaffOwn, Role.NorthStaffOther, Role.FundManager, Role.Administrator)),
    ];
}
