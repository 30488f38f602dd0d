using Cooperation.Grains.Dashboards;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Dashboards;

public sealed class DashboardType : ObjectGraphType<Dashboard>
{
    public DashboardType()
    {
        Name = "Dashboard";
        Description = "Les partenariats qu'on suit, d'un coup d'œil. / The partnerships one oversees, at a glance.";
        Field<NonNullGraphType<DateOnlyGraphType>>("today").Description("Le jour des chiffres. / The day the figures are for.").Resolve(c => c.Source.Today);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnershipDashboardType>>>>("partnerships")
            .Description("Dans l'ordre de l'annuaire. / In the directory's order.")
            .WithComplexityImpact(1, DashboardComplexity.Partnerships).Resolve(c => c.Source.Partnerships);
        this.FieldsGuardedByParent();
    }
}

public sealed class PartnershipDashboardType : ObjectGraphType<PartnershipDashboard>
{
    public PartnershipDashboardType()
    {
        Name = "PartnershipDashboard";
        Description = "Un partenariat d'un coup d'œil. / One partnership at a glance.";
        Field<NonNullGraphType<PartnershipType>>("partnership").Resolve(c => c.Source.Partnership);
        Field<NonNullGraphType<MilestoneProgressType>>("milestones").Resolve(c => c.Source.Milestones);
        Field<NonNullGraphType<ReportsDueType>>("reports").Resolve(c => c.Source.Reports);
        Field<NonNullGraphType<DeliverySummaryType>>("deliveries").Resolve(c => c.Source.Deliveries);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorSeriesType>>>>("indicators")
            .Description("Les indicateurs des rapports, période par période. / The reports' indicators, period by period.")
            .WithComplexityImpact(1, DashboardComplexity.Indicators).Resolve(c => c.Source.Indicators);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MoneyYearType>>>>("money")
            .Description("Une ligne par année qui a un budget ou une opération, la plus ancienne d'abord. / One row per year with a budget or a transaction, oldest first.")
            .WithComplexityImpact(1, DashboardComplexity.Years).Resolve(c => c.Source.Money);
        this.FieldsGuardedByParent();
    }
}

public sealed class MilestoneProgressType : ObjectGraphType<MilestoneProgress>
{
    public MilestoneProgressType()
    {
        Name = "MilestoneProgress";
        Description = "Les jalons par état. / Milestones by status.";
        Field(m => m.Total);
        Field(m => m.Planned).Description("Prévus. / Planned.");
        Field(m => m.InProgress).Description("En cours. / In progress.");
        Field(m => m.Completed).Description("Terminés. / Completed.");
        Field(m => m.Cancelled).Description("Annulés. / Cancelled.");
        Field(m => m.Late).Description("En retard : échéance passée, ni terminés ni annulés. / Late: past due, neither completed nor cancelled.");
        Field(m => m.AverageProgress).Description("Avancement moyen (0 à 100) hors jalons annulés. / Mean progress (0 to 100), cancelled milestones aside.");
        this.FieldsGuardedByParent();
    }
}

public sealed class ReportsDueType : ObjectGraphType<ReportsDue>
{
    public ReportsDueType()
    {
        Name = "ReportsDue";
        Description = "Les rapports d'avancement dus. / Progress reports owed.";
        Field(r => r.DueSoon).Description("À rendre dans les 14 jours. / Due within 14 days.");
        Field(r => r.Overdue).Description("En retard. / Overdue.");
        Field(r => r.AwaitingReview).Description("Transmis, en attente de lecture par le Sud. / Submitted, awaiting the South's reading.");
        Field<DateOnlyGraphType>("nextDueOn").Description("Prochaine échéance. / Next due date.").Resolve(c => c.Source.NextDueOn);
        this.FieldsGuardedByParent();
    }
}

public sealed class DeliverySummaryType : ObjectGraphType<DeliverySummary>
{
    public DeliverySummaryType()
    {
        Name = "DeliverySummary";
        Description = "Le matériel des envois partis du Nord, par constat. / The items of shipments that left the North, by verdict.";
        Field(d => d.Shipments).Description("Envois partis. / Shipments sent.");
        Field(d => d.Items).Description("Articles. / Items.");
        Field(d => d.Received).Description("Reçus. / Received.");
        Field(d => d.Damaged).Description("Abîmés. / Damaged.");
        Field(d => d.Missing).Description("Manquants. / Missing.");
        Field(d => d.Awaiting).Description("Pas encore vérifiés. / Not yet checked.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ShipmentDiscrepancyType>>>>("discrepancies")
            .Description("Les envois avec un article abîmé, manquant ou contesté. / Shipments with an item damaged, missing or disputed.")
            .WithComplexityImpact(1, DashboardComplexity.Discrepancies).Resolve(c => c.Source.Discrepancies);
        this.FieldsGuardedByParent();
    }
}

public sealed class ShipmentDiscrepancyType : ObjectGraphType<ShipmentDiscrepancy>
{
    public ShipmentDiscrepancyType()
    {
        Name = "ShipmentDiscrepancy";
        Description = "Un envoi avec des écarts. / A shipment with discrepancies.";
        Field(d => d.ShipmentKey).Description("Identifiant lisible de l'envoi. / The shipment's readable key.");
        Field(d => d.Title).Description("Intitulé. / Title.");
        Field(d => d.Damaged).Description("Abîmés. / Damaged.");
        Field(d => d.Missing).Description("Manquants. / Missing.");
        Field(d => d.Disputed).Description("Reçus puis contestés. / Received, then disputed.");
        this.FieldsGuardedByParent();
    }
}

public sealed class IndicatorSeriesType : ObjectGraphType<IndicatorSeries>
{
    public IndicatorSeriesType()
    {
        Name = "IndicatorSeries";
        Description = "Un indicateur au fil des rapports. / One indicator over the reports.";
        Field(i => i.Code).Description("Code. / Code.");
        Field(i => i.Title).Description("Intitulé. / Title.");
        Field(i => i.Unit).Description("Unité. / Unit.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorPointType>>>>("points")
            .Description("Une valeur par rapport, la période la plus ancienne d'abord. / One value per report, oldest period first.")
            .WithComplexityImpact(1, DashboardComplexity.PointsPerIndicator).Resolve(c => c.Source.Points);
        this.FieldsGuardedByParent();
    }
}

public sealed class IndicatorPointType : ObjectGraphType<IndicatorPoint>
{
    public IndicatorPointType()
    {
        Name = "IndicatorPoint";
        Description = "La cible et la valeur atteinte d'une période. / A period's target and actual value.";
        Field<NonNullGraphType<DateOnlyGraphType>>("periodStart").Description("Début de la période. / Period start.").Resolve(c => c.Source.PeriodStart);
        Field<NonNullGraphType<DateOnlyGraphType>>("periodEnd").Description("Fin de la période. / Period end.").Resolve(c => c.Source.PeriodEnd);
        Field(p => p.Target, nullable: true).Description("Cible. / Target.");
        Field(p => p.Actual, nullable: true).Description("Atteint. / Actual.");
        this.FieldsGuardedByParent();
    }
}

public sealed class MoneyYearType : ObjectGraphType<DashboardLedger>
{
    public MoneyYearType()
    {
        Name = "MoneyYear";
        Description = "Les sommes d'une année, en euros. / A year's sums, in euros.";
        Field(m => m.Year).Description("Année. / Year.");
        Field(m => m.Budgeted).Description("Budget prévu. / Budgeted.");
        Field(m => m.Committed).Description("Engagé. / Committed.");
        Field(m => m.Received).Description("Reçu. / Received.");
        Field(m => m.Disbursed).Description("Décaissé. / Disbursed.");
        Field(m => m.Spent).Description("Dépensé. / Spent.");
        this.FieldsGuardedByParent();
    }
}
