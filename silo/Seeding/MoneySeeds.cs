using Cooperation.Grains.Common;
using Cooperation.Grains.Money;
using Cooperation.Grains.Money.Commands;

namespace Cooperation.Silo.Seeding;

/// <summary>
/// The 2026 budget and funding of the five chapter-7 partnerships: budget lines by funder, and the commitments, funds
/// received, disbursements and expenditure of the year, in euros, francs CFA (Senegal, Benin) or dirhams (Morocco).
/// Loaded after the partnerships, idempotently: every command has a fixed client mutation id.
/// </summary>
/// <remarks>
/// Every figure here is invented. The seed documents name the funders — the French authorities, their partners, the
/// Fonds de Solidarité Numérique of the DAECT and its annual calls, the Conseil général de la Seine-Saint-Denis's two
/// servers for Figuig, the ADULLACT's libriciels — but give no amount for any partnership; the amounts are plausible
/// for a decentralised-cooperation project of that size. Francs CFA convert at the fixed parity (655.957 XOF for
/// 1 EUR); dirhams at 10.85 MAD for 1 EUR, an invented rate of the day. Funds received are confirmed by the South
/// except one per partnership, left for the demo to confirm.
/// </remarks>
public static class MoneySeeds
{
    public const int Year = 2026;

    private const decimal MadPerEuro = 10.85m;

    private sealed record SeedLedger(string Slug, string North, string South, IReadOnlyList<BudgetLineEntry> Lines, IReadOnlyList<SeedTransaction> Transactions);

    private sealed record SeedTransaction(TransactionEntry Entry, bool Confirmed = false);

    private static BudgetLineEntry Line(Funder funder, string label, decimal amount, string? name = null) => new(funder, name, label, amount);

    private static TransactionEntry Money(
        TransactionKind kind, int month, int day, decimal amount, Currency currency, LedgerParty provider, LedgerParty receiver, string description,
        string? reference = null) =>
        new(kind, new DateOnly(Year, month, day), amount, currency,
            currency switch { Currency.XOF => LedgerRules.XofPerEuro, Currency.MAD => MadPerEuro, _ => null },
            provider, receiver, description, reference is null ? [] : [new LedgerDocument(reference, null, reference)]);

    private static LedgerParty North(string name) => new(name, Funder.NorthAuthority);

    private static LedgerParty South(string name) => new(name, Funder.SouthAuthority);

    private static LedgerParty Supplier(string name) => new(name, null);

    private static IReadOnlyList<SeedLedger> All { get; } =
    [
        Ledger("cerenum", "Ville du Havre", "Région de Saint-Louis — Agence régionale de développement (ARD)",
            [
                Line(Funder.NorthAuthority, "Formations des acteurs territoriaux aux TIC", 18_000m),
                Line(Funder.SouthAuthority, "Locaux et agents de la Cérénum (valorisation)", 6_000m),
                Line(Funder.OtherCoFinancer, "Bornes Wi-Fi de la Région", 9_000m, "Région Normandie"),
            ],
            (n, s) =>
            [
                new(Money(TransactionKind.Commitment, 2, 10, 18_000m, Currency.EUR, n, s, "Délibération du conseil municipal sur la coopération avec Saint-Louis", "Délibération n° 2026-0112")),
                new(Money(TransactionKind.FundsReceived, 4, 15, 5_900_000m, Currency.XOF, n, s, "Première tranche pour les formations", "Avis de virement du 15 avril 2026"), Confirmed: true),
                new(Money(TransactionKind.FundsReceived, 10, 2, 3_000_000m, Currency.XOF, n, s, "Seconde tranche pour les formations")),
                new(Money(TransactionKind.Expenditure, 6, 20, 1_250_000m, Currency.XOF, s, Supplier("Hôtel de la Poste, Saint-Louis"), "Salle et pauses des formations de juin", "Facture n° 0618")),
            ]),
        Ledger("sig-guediawaye", "Communauté d'agglomération de Castres-Mazamet", "Ville de Guédiawaye",
            [
                Line(Funder.NorthAuthority, "Système d'information géographique communal", 14_000m),
                Line(Funder.SolidarityFund, "Portail associatif et formations des ONG (demande à l'appel 2026)", 20_000m, LedgerWords.FundName),
                Line(Funder.OtherCoFinancer, "Recherche-action et eAtlas", 4_000m, "LISST-CIEU, Université de Toulouse II"),
            ],
            (n, s) =>
            [
                new(Money(TransactionKind.Commitment, 3, 5, 14_000m, Currency.EUR, n, s, "Délibération du conseil communautaire", "Délibération n° 2026-041")),
                new(Money(TransactionKind.Disbursement, 5, 12, 4_590_000m, Currency.XOF, n, s, "Licences et formation SIG des agents communaux", "Ordre de virement 2026-117")),
                new(Money(TransactionKind.FundsReceived, 5, 20, 4_590_000m, Currency.XOF, n, s, "Réception du virement pour le SIG"), Confirmed: true),
                new(Money(TransactionKind.Expenditure, 9, 8, 2_150m, Currency.EUR, n, Supplier("Air Sénégal"), "Billets de la visite de recherche-action", "Facture AS-55821")),
            ]),
        Ledger("e-administration-plateau", "Communauté d'agglomération du Grand Chalon", "Communauté des communes du Plateau",
            [
                Line(Funder.NorthAuthority, "Transfert des applications d'e-administration", 22_000m),
                Line(Funder.SouthAuthority, "Raccordement des mairies à Internet", 5_000m),
                Line(Funder.NorthAuthority, "Mission de suivi de février 2027 (préparation)", 3_500m),
            ],
            (n, s) =>
            [
                new(Money(TransactionKind.Commitment, 1, 28, 25_500m, Currency.EUR, n, s, "Convention annuelle de coopération 2026", "Convention du 28 janvier 2026")),
                new(Money(TransactionKind.Disbursement, 3, 3, 7_870_000m, Currency.XOF, n, s, "Équipement informatique des services de l'état civil")),
                new(Money(TransactionKind.FundsReceived, 3, 10, 7_870_000m, Currency.XOF, n, s, "Réception pour l'équipement de l'état civil"), Confirmed: true),
                new(Money(TransactionKind.FundsReceived, 9, 14, 2_000_000m, Currency.XOF, n, s, "Abonnements Internet des mairies, premier semestre")),
                new(Money(TransactionKind.Expenditure, 7, 1, 1_640_000m, Currency.XOF, s, Supplier("Bénin Télécoms"), "Raccordement des mairies de Pobè et Kétou", "Facture BT-2026-0711")),
            ]),
        Ledger("libriciels-figuig", "Conseil général de la Seine-Saint-Denis", "Commune de Figuig",
            [
                Line(Funder.NorthAuthority, "Mise en service des libriciels métier", 16_000m),
                Line(Funder.OtherCoFinancer, "Accompagnement à l'installation des libriciels", 6_500m, "ADULLACT"),
                Line(Funder.SouthAuthority, "Formation des agents communaux", 2_500m),
            ],
            (n, s) =>
            [
                new(Money(TransactionKind.Commitment, 2, 20, 16_000m, Currency.EUR, n, s, "Délibération de la commission permanente", "Délibération CP 2026-02-20")),
                new(Money(TransactionKind.Disbursement, 4, 2, 86_800m, Currency.MAD, n, s, "Matériel réseau de la salle des serveurs")),
                new(Money(TransactionKind.FundsReceived, 4, 9, 86_800m, Currency.MAD, n, s, "Réception pour le matériel réseau"), Confirmed: true),
                new(Money(TransactionKind.FundsReceived, 11, 3, 32_550m, Currency.MAD, n, s, "Formation des agents aux libriciels")),
            ]),
        Ledger("seneclic", "Ville de Besançon", "État du Sénégal (écoles)",
            [
                Line(Funder.NorthAuthority, "Reconditionnement par l'atelier d'insertion", 12_500m),
                Line(Funder.SolidarityFund, "Transport et installation des salles multimédia (demande à l'appel 2026)", 25_000m, LedgerWords.FundName),
                Line(Funder.SouthAuthority, "Aménagement des salles dans les écoles", 4_000m),
            ],
            (n, s) =>
            [
                new(Money(TransactionKind.Commitment, 1, 19, 12_500m, Currency.EUR, n, s, "Délibération du conseil municipal", "Délibération n° 2026-007")),
                new(Money(TransactionKind.Expenditure, 5, 6, 3_800m, Currency.EUR, n, Supplier("Transitaire Bolloré, Dakar"), "Conteneur de rentrée : fret et dédouanement", "Facture 26-DKR-0412")),
                new(Money(TransactionKind.Disbursement, 6, 2, 2_624_000m, Currency.XOF, n, s, "Installation électrique des salles multimédia")),
                new(Money(TransactionKind.FundsReceived, 6, 9, 2_624_000m, Currency.XOF, n, s, "Réception pour l'installation électrique")),
            ]),
    ];

    private static SeedLedger Ledger(
        string slug, string north, string south, IReadOnlyList<BudgetLineEntry> lines, Func<LedgerParty, LedgerParty, IReadOnlyList<SeedTransaction>> transactions) =>
        new(slug, north, south, lines, transactions(North(north), South(south)));

    public static async Task SeedAsync(IGrainFactory grains, CancellationToken cancellationToken)
    {
        var actor = Actor.Seed;
        foreach (var seed in All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var prefix = $"seed:money:{seed.Slug}:{Year}";
            var ledger = grains.GetGrain<ILedgerGrain>(LedgerRules.KeyFor(seed.Slug, Year));
            for (var i = 0; i < seed.Lines.Count; i++)
                await ledger.AddBudgetLineAsync(new AddBudgetLine($"{prefix}:line:{i + 1}", actor, seed.Lines[i]) { At = SeedDates.On(Year, 1, 15) });
            for (var i = 0; i < seed.Transactions.Count; i++)
            {
                var (entry, confirmed) = seed.Transactions[i];
                var at = SeedDates.On(entry.Date);
                await ledger.RecordTransactionAsync(new RecordTransaction($"{prefix}:transaction:{i + 1}", actor, entry) { At = at });
                if (confirmed)
                    await ledger.ConfirmReceiptAsync(new ConfirmReceipt($"{prefix}:receipt:{i + 1}", actor, $"t{i + 1}", true) { At = at.AddDays(2) });
            }
        }
    }
}
