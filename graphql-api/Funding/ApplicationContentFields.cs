using Cooperation.Grains.Funding.Applications;

namespace Cooperation.GraphQL.Funding;

/// <summary>The content fields an application and each of its frozen versions share; their names are the citation sections.</summary>
internal static class ApplicationContentFields
{
    public static void AddApplicationContentFields<T>(this ObjectGraphType<T> type, Func<T, ApplicationContent> content, Func<T, bool> blind)
    {
        type.Field<NonNullGraphType<StringGraphType>>("title").Description("Intitulé du projet (section « title »). / Project title.").Resolve(c => content(c.Source).Title);
        type.Field<NonNullGraphType<StringGraphType>>("description").Description("Description du projet (section « description »). / Project description.").Resolve(c => content(c.Source).Description);
        type.Field<NonNullGraphType<StringGraphType>>("expectedResults").Description("Résultats attendus (section « expectedResults »). / Expected results.").Resolve(c => content(c.Source).ExpectedResults);
        type.Field<NonNullGraphType<DecimalGraphType>>("requestedAmount").Description("Montant demandé au Fonds, en euros. / Amount requested from the fund, in euros.").Resolve(c => content(c.Source).RequestedAmount);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoFinancingLineType>>>>("coFinancing")
            .WithComplexityImpact(1, FundComplexity.LinesPerApplication)
            .Description("Plan de cofinancement ; à l'aveugle, les cofinanceurs sont numérotés. / Co-financing plan; when blind, co-funders are numbered.")
            .Resolve(c => content(c.Source).CoFinancing.Select((l, i) => blind(c.Source) ? l with { Funder = $"Cofinanceur n° {i + 1} / Co-funder #{i + 1}" } : l));
        type.Field<NonNullGraphType<DecimalGraphType>>("coFinancingTotal").Resolve(c => content(c.Source).CoFinancingTotal);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetLineType>>>>("budget").Description("Budget prévisionnel. / Budget.")
            .WithComplexityImpact(1, FundComplexity.LinesPerApplication).Resolve(c => content(c.Source).Budget);
        type.Field<NonNullGraphType<DecimalGraphType>>("budgetTotal").Resolve(c => content(c.Source).BudgetTotal);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApplicationPieceType>>>>("pieces")
            .WithComplexityImpact(1, FundComplexity.LinesPerApplication)
            .Description("Pièces jointes ; à l'aveugle, seul leur type est donné. / Attached pieces; when blind, only their kind is given.")
            .Resolve(c => content(c.Source).Pieces.Select(p => blind(c.Source) ? p with { Name = "—", UploadId = null, DocumentReference = null } : p));
    }
}
