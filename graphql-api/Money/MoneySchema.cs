using Cooperation.Grains.Money;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Actions;
using Cooperation.GraphQL.Sync;

namespace Cooperation.GraphQL.Money;

/// <summary>Where the money domain plugs its fields into the schema.</summary>
public static class MoneySchema
{
    /// <summary>Field actions: fields of the mutation root and members of the sync batch.</summary>
    public static IEnumerable<FieldAction> Actions => MoneyActions.All;

    /// <summary>Fields of a partnership (its money for a year).</summary>
    public static void AddMoneyFields(this PartnershipType partnership)
    {
        partnership.Field<NonNullGraphType<LedgerType>>("money")
            .Description("Budget et financements de l'année : membres du partenariat et gestionnaires du Fonds. / The year's budget and funding: the partnership's members and the fund's managers.")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c =>
            {
                var key = LedgerRules.KeyFor(c.Source.Slug, c.GetArgument<int>("year"));
                return await c.Grains().GetGrain<ILedgerGrain>(key).GetAsync(c.Actor());
            });
    }

    /// <summary>Ledgers in the change feed: read for the person asking, or taken from an action's answer.</summary>
    public static ChangeKind<Ledger> Changes { get; } = new(LedgerGrain.Kind,
        (c, key) => c.Grains.GetGrain<ILedgerGrain>(key).GetAsync(c.Actor), l => (l.Key, l.Version));
}
