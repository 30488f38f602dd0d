using Cooperation.Grains.Money;

namespace Cooperation.Grains.Tests.Money;

/// <summary>Entries the ledger tests use often, with realistic values.</summary>
public static class TestLedgers
{
    public const int Year = 2026;

    public static readonly LedgerParty Besancon = new("Ville de Besançon", Funder.NorthAuthority);

    public static readonly LedgerParty Academie = new("Inspection d'académie de Dakar", Funder.SouthAuthority);

    public static ILedgerGrain Of(IGrainFactory grains, IPartnershipGrain partnership, int year = Year) =>
        grains.GetGrain<ILedgerGrain>(LedgerRules.KeyFor(partnership.GetPrimaryKeyString(), year));

    public static BudgetLineEntry Line(decimal amount = 12_500m, Funder funder = Funder.NorthAuthority, string? name = null) =>
        new(funder, name, "Transport et dédouanement des conteneurs", amount);

    /// <summary>8 200 000 FCFA paid by Besançon to the academy at the fixed parity.</summary>
    public static TransactionEntry Disbursement(decimal amount = 8_200_000m, Currency currency = Currency.XOF, decimal? rate = LedgerRules.XofPerEuro) =>
        new(TransactionKind.Disbursement, new DateOnly(Year, 3, 14), amount, currency, rate, Besancon, Academie,
            "Installation des salles multimédia", [new LedgerDocument("Avis de virement", null, "Virement BOA n° 2026-031")]);

    public static TransactionEntry FundsReceived(decimal amount = 5_000m) =>
        new(TransactionKind.FundsReceived, new DateOnly(Year, 4, 2), amount, Currency.EUR, null, Besancon, Academie,
            "Versement de la première tranche", []);
}
