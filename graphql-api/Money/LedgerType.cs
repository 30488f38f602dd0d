using Cooperation.Grains.Money;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Words;

namespace Cooperation.GraphQL.Money;

/// <summary>A partnership's money for one year.</summary>
public sealed class LedgerType : ObjectGraphType<Ledger>
{
    public LedgerType()
    {
        Name = "Money";
        Description = "Budget et financements d'un partenariat pour une année, en euros. / A partnership's budget and funding for one year, in euros.";
        this.AddPartnershipId(s => s.PartnershipSlug);
        Field(l => l.Year).Description("Année. / Year.");
        Field<NonNullGraphType<LedgerTotalsType>>("totals")
            .Description("Totaux en euros : par financeur et par type d'opération. / Totals in euros: by funder and by kind.").Resolve(c => c.Source.Totals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetLineType>>>>("budgetLines")
            .Description("Lignes budgétaires, dans l'ordre de saisie. / Budget lines, in the order entered.")
            .WithComplexityImpact(1, MoneyComplexity.BudgetLinesPerLedger).Resolve(c => c.Source.BudgetLines);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransactionType>>>>("transactions")
            .Description("Opérations, par date. / Transactions, by date.")
            .WithComplexityImpact(1, MoneyComplexity.TransactionsPerLedger).Resolve(c => c.Source.Transactions);
        Field<NonNullGraphType<HardwareValueType>>("hardware")
            .Description("Valeur du matériel donné, expédié dans l'année (apport en nature, hors totaux). / Value of the donated hardware shipped in the year (in kind, outside the totals).")
            .Resolve(c => c.Source.Hardware);
        this.AddHistoryField((c, page) => c.Grains().GetGrain<ILedgerGrain>(c.Source.Key).GetHistoryPageAsync(c.Actor(), page));
        this.AddLastChange(s => s.UpdatedAt);
        Field<NonNullGraphType<LongGraphType>>("version")
            .Description("Version, à renvoyer dans expectedVersion pour détecter une modification concurrente. / Send it back as expectedVersion to detect a concurrent edit.")
            .Resolve(c => c.Source.Version);
        this.FieldsGuardedByParent();
    }
}
