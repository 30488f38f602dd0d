using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Sync;

namespace Cooperation.GraphQL.Reports;

/// <summary>Where the report domain plugs its fields into the schema.</summary>
public static class ReportSchema
{
    /// <summary>Fields of the query root.</summary>
    public static void AddReportQueries(this ObjectGraphType query)
    {
    }

    /// <summary>Fields of the mutation root.</summary>
    public static void AddReportMutations(this ObjectGraphType mutation)
    {
    }

    /// <summary>Fields of a partnership (its reports).</summary>
    public static void AddReportFields(this PartnershipType partnership)
    {
    }

    /// <summary>Fields of a change set: the reports that changed.</summary>
    public static void AddReportChanges(this ChangeSetType changes)
    {
    }
}
