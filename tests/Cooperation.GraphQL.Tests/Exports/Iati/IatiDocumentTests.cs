using System.Xml.Linq;
using Cooperation.Grains.Money;
using Cooperation.Grains.Partnerships;
using Cooperation.GraphQL.Exports.Iati;

namespace Cooperation.GraphQL.Tests.Exports.Iati;

/// <summary>
/// The money of an activity as the file carries it: a year's budget lines as one budget, each ledger transaction with
/// the IATI type its kind and provider call for, in euros with the paid amount and rate beside, the fund and the other
/// co-financers as funders, and the hardware of a shipment given in kind; all of it valid against the 2.03 schema.
/// </summary>
public sealed class IatiDocumentTests
{
    private static readonly Party Besancon = new("Ville de Besançon", "France", "Collectivité territoriale");
    private static readonly Party Senegal = new("État du Sénégal (écoles)", "Sénégal", "État");

    private static readonly Partnership Seneclic = new(
        "seneclic", "Sénéclic — Besançon / Sénégal", "Reconditionnement et réemploi.", Besancon, Senegal, [], ["réemploi"],
        new DateOnly(2007, 10, 1), null, PartnershipStatus.Active, 1);

    [Fact]
    public void Money_BudgetsTransactionsAndFunders_AreValidAndTyped()
    {
        var north = new LedgerParty("Ville de Besançon", Funder.NorthAuthority);
        var fund = new LedgerParty("Fonds de Solidarité Numérique", Funder.SolidarityFund);
        var south = new LedgerParty("Inspection d'académie de Dakar", Funder.SouthAuthority);
        LedgerTransaction Transaction(string id, TransactionKind kind, DateOnly date, decimal amount, Currency currency, decimal rate, decimal euros,
            LedgerParty provider, LedgerParty receiver, ReceiptConfirmation? receipt = null) =>
            new(id, kind, date, amount, currency, rate, euros, provider, receiver, "", [], receipt, null, "Marc Girard");
        var ledger = new Ledger("seneclic/2026", "seneclic", 2026,
            [
                new LedgerBudgetLine("b1", Funder.NorthAuthority, null, "Reconditionnement", 18_000m),
                new LedgerBudgetLine("b2", Funder.SolidarityFund, null, "Transport", 12_000m),
                new LedgerBudgetLine("b3", Funder.OtherCoFinancer, "Région Bourgogne-Franche-Comté", "Formation", 5_000.50m),
            ],
            [
                Transaction("t1", TransactionKind.Commitment, new(2026, 3, 2), 12_000m, Currency.EUR, 1m, 12_000m, fund, north),
                Transaction("t2", TransactionKind.Commitment, new(2026, 3, 10), 18_000m, Currency.EUR, 1m, 18_000m, north, south),
                Transaction("t3", TransactionKind.Disbursement, new(2026, 5, 4), 3_279_785m, Currency.XOF, 655.957m, 5_000m, north, south),
                Transaction("t4", TransactionKind.FundsReceived, new(2026, 5, 20), 3_279_785m, Currency.XOF, 655.957m, 5_000m, north, south,
                    new ReceiptConfirmation(true, null, DateTimeOffset.UnixEpoch, "Fatou Ndiaye")),
                Transaction("t5", TransactionKind.FundsReceived, new(2026, 6, 1), 1_000m, Currency.EUR, 1m, 1_000m, north, south,
                    new ReceiptConfirmation(false, "Jamais arrivé", DateTimeOffset.UnixEpoch, "Fatou Ndiaye")),
                Transaction("t6", TransactionKind.Expenditure, new(2026, 6, 15), 2_400m, Currency.EUR, 1m, 2_400m, north, new LedgerParty("Transports Bolloré", null)),
            ],
            new LedgerTotals(0, 0, 0, 0, 0, [], []),
            new HardwareValue(247.50m, 2, [new ShipmentHardwareValue("seneclic/s1", "Envoi de printemps", new(2026, 4, 20), 2, 1, 247.50m)]),
            DateTimeOffset.UnixEpoch, 6);

        var file = IatiSchema.Valid(IatiDocument.Write([new IatiActivityFacts(Seneclic, [], [], [], [ledger])], DateTimeOffset.UnixEpoch));
        var activity = file.Root!.Element("iati-activity")!;

        var budget = Assert.Single(activity.Elements("budget"));
        Assert.Equal(("2026-01-01", "2026-12-31", "35000.50"),
            (budget.Element("period-start")!.Attribute("iso-date")!.Value, budget.Element("period-end")!.Attribute("iso-date")!.Value, budget.Element("value")!.Value));
        Assert.Equal(
            [("11", "2026-03-02", "12000.00"), ("2", "2026-03-10", "18000.00"), ("3", "2026-04-20", "247.50"), ("3", "2026-05-04", "5000.00"),
             ("1", "2026-05-20", "5000.00"), ("4", "2026-06-15", "2400.00")],
            activity.Elements("transaction").Select(t => (t.Element("transaction-type")!.Attribute("code")!.Value,
                t.Element("transaction-date")!.Attribute("iso-date")!.Value, t.Element("value")!.Value)));
        Assert.All(activity.Elements("transaction"), t => Assert.Equal("EUR", t.Element("value")!.Attribute("currency")!.Value));
        var disbursement = activity.Elements("transaction").Single(t => t.Attribute("ref")!.Value.EndsWith("-2026-t3", StringComparison.Ordinal));
        var hardware = activity.Elements("transaction").Single(t => t.Attribute("ref")!.Value.EndsWith("-hardware-s1", StringComparison.Ordinal));
        Assert.StartsWith("Don en nature : 2 matériels reconditionnés (« Envoi de printemps »)", hardware.Element("description")!.Elements("narrative").First().Value, StringComparison.Ordinal);
        Assert.Equal("Décaissement (3 279 785 XOF au taux de 655,957 XOF pour 1 €)", disbursement.Element("description")!.Elements("narrative").First().Value.Replace('\u202f', ' ').Replace('\u00a0', ' '));

        Assert.Equal(
            [("1", "Ville de Besançon"), ("3", "Ville de Besançon"), ("1", IatiOrganisations.FundNameFr), ("1", "Région Bourgogne-Franche-Comté"), ("4", "État du Sénégal (écoles)")],
            activity.Elements("participating-org").Select(o => (o.Attribute("role")!.Value, o.Element("narrative")!.Value)));
    }
}
