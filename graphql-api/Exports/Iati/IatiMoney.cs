using System.Globalization;
using System.Xml;
using Cooperation.Grains.Money;
using Cooperation.Grains.Partnerships;

namespace Cooperation.GraphQL.Exports.Iati;

/// <summary>
/// The activity's money: the funders its ledgers name, one budget per year (the sum of the year's budget lines), each
/// transaction of the ledgers in euros, and the donated hardware as an in-kind disbursement per shipment, as the ledger
/// values it from each item's fiche de reconditionnement.
/// </summary>
public static class IatiMoney
{
    private static readonly CultureInfo FrenchCulture = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The funders other than the North authority: the fund and the other co-financers its ledgers name.</summary>
    public static void WriteFunders(XmlWriter xml, IatiActivityFacts facts)
    {
        var parties = facts.Ledgers
            .SelectMany(l => l.BudgetLines.Select(b => (Funder: (Funder?)b.Funder, b.FunderName))
                .Concat(l.Transactions.Select(t => (t.Provider.Funder, FunderName: (string?)t.Provider.Name))))
            .ToList();
        if (parties.Any(p => p.Funder == Funder.SolidarityFund))
        {
            xml.WriteStartElement("participating-org");
            xml.WriteAttributeString("type", IatiCodes.OrganisationGovernment);
            xml.WriteAttributeString("role", IatiCodes.Role.Funding);
            IatiDocument.Narrative(xml, IatiOrganisations.FundNameFr, IatiCodes.French);
            IatiDocument.Narrative(xml, IatiOrganisations.FundNameEn, IatiCodes.English);
            xml.WriteEndElement();
        }
        var others = parties.Where(p => p.Funder == Funder.OtherCoFinancer && !string.IsNullOrWhiteSpace(p.FunderName))
            .Select(p => p.FunderName!.Trim()).Distinct(StringComparer.Ordinal);
        foreach (var name in others)
            IatiDocument.WriteOrganisation(xml, "participating-org", new Party(name, "", ""), IatiCodes.Role.Funding, reference: null);
    }

    public static void WriteBudgetsAndTransactions(XmlWriter xml, IatiActivityFacts facts)
    {
        foreach (var ledger in facts.Ledgers.Where(l => l.BudgetLines.Count > 0).OrderBy(l => l.Year))
            WriteBudget(xml, ledger);
        var transactions = facts.Ledgers.SelectMany(l => l.Transactions)
            // « Fonds reçus » the South says never arrived are no transaction.
            .Where(t => t.Receipt is not { Received: false })
            .Select(t => (Day: t.Date, Write: (Action)(() => WriteTransaction(xml, facts.Partnership, t))))
            .Concat(facts.Ledgers.SelectMany(l => l.Hardware.Shipments)
                .Select(h => (Day: h.ShippedOn, Write: (Action)(() => WriteHardware(xml, facts.Partnership, h)))))
            .OrderBy(t => t.Day);
        foreach (var (_, write) in transactions)
            write();
    }

    private static void WriteBudget(XmlWriter xml, Ledger ledger)
    {
        var start = new DateOnly(ledger.Year, 1, 1);
        xml.WriteStartElement("budget");
        xml.WriteAttributeString("type", IatiCodes.BudgetOriginal);
        xml.WriteAttributeString("status", IatiCodes.BudgetIndicative);
        Day(xml, "period-start", start);
        Day(xml, "period-end", new DateOnly(ledger.Year, 12, 31));
        Value(xml, ledger.BudgetLines.Sum(b => b.Amount), start);
        xml.WriteEndElement();
    }

    private static void WriteTransaction(XmlWriter xml, Partnership partnership, LedgerTransaction t)
    {
        xml.WriteStartElement("transaction");
        xml.WriteAttributeString("ref", $"{IatiOrganisations.ActivityIdentifier(partnership)}-{t.Date.Year}-{t.Id}");
        IatiDocument.Code(xml, "transaction-type", TypeOf(t));
        Day(xml, "transaction-date", t.Date);
        Value(xml, t.EuroAmount, t.Date);
        var description = t.Description.Trim().Length > 0 ? t.Description.Trim() : KindFr(t.Kind);
        IatiDocument.Narratives(xml, "description",
            t.Currency == Currency.EUR ? description : $"{description} ({Amount(t.Amount)} {t.Currency} au taux de {Amount(t.RatePerEuro)} {t.Currency} pour 1 €)",
            t.Currency == Currency.EUR ? null : $"Paid as {t.Amount.ToString("0.##", CultureInfo.InvariantCulture)} {t.Currency} at {t.RatePerEuro.ToString(CultureInfo.InvariantCulture)} {t.Currency} to 1 EUR.");
        Party(xml, "provider-org", partnership, t.Provider);
        Party(xml, "receiver-org", partnership, t.Receiver);
        xml.WriteEndElement();
    }

    /// <summary>The hardware of one shipment, given by the North authority to the South: a disbursement in kind, valued by the ledger.</summary>
    private static void WriteHardware(XmlWriter xml, Partnership partnership, ShipmentHardwareValue shipment)
    {
        var localId = shipment.ShipmentKey[(shipment.ShipmentKey.IndexOf('/', StringComparison.Ordinal) + 1)..];
        xml.WriteStartElement("transaction");
        xml.WriteAttributeString("ref", $"{IatiOrganisations.ActivityIdentifier(partnership)}-hardware-{IatiCodes.Key(localId)}");
        IatiDocument.Code(xml, "transaction-type", IatiCodes.TransactionType.Disbursement);
        Day(xml, "transaction-date", shipment.ShippedOn);
        Value(xml, shipment.Euros, shipment.ShippedOn);
        var (valuedFr, valuedEn) = shipment.DeclaredItems == 0
            ? ("valorisés au barème par type et par grade", "valued at the default values by kind and grade")
            : ($"valorisés d'après leurs fiches de reconditionnement ({shipment.DeclaredItems} valeurs résiduelles déclarées, les autres au barème par type et par grade)",
                $"valued from their refurbishment records ({shipment.DeclaredItems} declared residual values, the others at the default values by kind and grade)");
        IatiDocument.Narratives(xml, "description",
            $"Don en nature : {shipment.Items} matériels reconditionnés (« {shipment.Title} »), {valuedFr}.",
            $"In-kind donation: {shipment.Items} refurbished items, {valuedEn}.");
        IatiDocument.WriteOrganisation(xml, "provider-org", partnership.North, role: null, IatiOrganisations.Ref(partnership.North));
        IatiDocument.WriteOrganisation(xml, "receiver-org", partnership.South, role: null, reference: null);
        xml.WriteEndElement();
    }

    /// <summary>A commitment the North authority makes is outgoing; one made to it (the fund's grant) is incoming.</summary>
    private static string TypeOf(LedgerTransaction t) => t.Kind switch
    {
        TransactionKind.Commitment => t.Provider.Funder == Funder.NorthAuthority
            ? IatiCodes.TransactionType.OutgoingCommitment
            : IatiCodes.TransactionType.IncomingCommitment,
        TransactionKind.FundsReceived => IatiCodes.TransactionType.IncomingFunds,
        TransactionKind.Disbursement => IatiCodes.TransactionType.Disbursement,
        _ => IatiCodes.TransactionType.Expenditure,
    };

    private static string KindFr(TransactionKind kind) => kind switch
    {
        TransactionKind.Commitment => "Engagement",
        TransactionKind.FundsReceived => "Fonds reçus",
        TransactionKind.Disbursement => "Décaissement",
        _ => "Dépense",
    };

    private static void Party(XmlWriter xml, string element, Partnership partnership, LedgerParty party)
    {
        switch (party.Funder)
        {
            case Funder.NorthAuthority:
                IatiDocument.WriteOrganisation(xml, element, partnership.North with { Name = party.Name }, role: null, IatiOrganisations.Ref(partnership.North));
                break;
            case Funder.SouthAuthority:
                IatiDocument.WriteOrganisation(xml, element, partnership.South with { Name = party.Name }, role: null, reference: null);
                break;
            case Funder.SolidarityFund:
                IatiDocument.WriteOrganisation(xml, element, new Party(party.Name, "France", "Ministère"), role: null, reference: null);
                break;
            default:
                IatiDocument.WriteOrganisation(xml, element, new Party(party.Name, "", ""), role: null, reference: null);
                break;
        }
    }

    private static void Day(XmlWriter xml, string element, DateOnly day)
    {
        xml.WriteStartElement(element);
        xml.WriteAttributeString("iso-date", IatiDocument.IsoDate(day));
        xml.WriteEndElement();
    }

    private static void Value(XmlWriter xml, decimal euros, DateOnly valueDate)
    {
        xml.WriteStartElement("value");
        xml.WriteAttributeString("currency", IatiCodes.Euro);
        xml.WriteAttributeString("value-date", IatiDocument.IsoDate(valueDate));
        xml.WriteString(euros.ToString("0.00", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private static string Amount(decimal amount) => amount.ToString("#,0.###", FrenchCulture);
}
