using Cooperation.Grains.Reports;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Words;

namespace Cooperation.GraphQL.Reports;

/// <summary>A half-year that ended with no report.</summary>
public sealed class MissingReportType : ObjectGraphType<MissingReport>
{
    public MissingReportType()
    {
        Name = "MissingReport";
        Description = "Semestre terminé sans rapport d'avancement. / A half-year that ended with no progress report.";
        Field(m => m.PeriodStart).Description("Début du semestre. / Half-year start.");
        Field(m => m.PeriodEnd).Description("Fin du semestre. / Half-year end.");
        Field(m => m.DueOn).Description($"Attendu pour le : fin + {ReportRules.GraceDays} jours. / Due on: end + {ReportRules.GraceDays} days.");
        Field(m => m.Overdue).Description("En retard : l'échéance est passée. / Overdue: the due date has passed.");
        Field<NonNullGraphType<StringGraphType>>("dueAgo")
            .Description("Échéance en mots : « il y a 4 mois / 4 months ago ». / Due date in words.")
            .Resolve(c => Ago.Of(new DateTimeOffset(c.Source.DueOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), c.RequestServices!.GetRequiredService<TimeProvider>()));
        this.FieldsGuardedByParent();
    }
}
