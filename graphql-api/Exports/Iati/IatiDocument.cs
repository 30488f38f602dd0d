using System.Globalization;
using System.Text;
using System.Xml;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Shipments;

namespace Cooperation.GraphQL.Exports.Iati;

/// <summary>
/// Writes an IATI 2.03 <c>iati-activities</c> file: one <c>iati-activity</c> per partnership, reported by its North
/// authority, in the order the elements must come (the schema's sequence). Narratives are in French, with English beside
/// them where the platform has the words; every code comes from <see cref="IatiCodes"/>.
/// </summary>
public static class IatiDocument
{
    public const string MediaType = "application/xml";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true, Async = false };

    public static byte[] Write(IReadOnlyList<IatiActivityFacts> activities, DateTimeOffset generatedAt)
    {
        using var bytes = new MemoryStream();
        using (var xml = XmlWriter.Create(bytes, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("iati-activities");
            xml.WriteAttributeString("version", IatiCodes.StandardVersion);
            xml.WriteAttributeString("generated-datetime", XmlConvert.ToString(generatedAt.ToUniversalTime().UtcDateTime, XmlDateTimeSerializationMode.Utc));
            foreach (var activity in activities)
                WriteActivity(xml, activity);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return bytes.ToArray();
    }

    private static void WriteActivity(XmlWriter xml, IatiActivityFacts facts)
    {
        var p = facts.Partnership;
        xml.WriteStartElement("iati-activity");
        xml.WriteAttributeString("xml", "lang", null, IatiCodes.French);
        xml.WriteAttributeString("default-currency", IatiCodes.Euro);
        xml.WriteAttributeString("humanitarian", "0");

        xml.WriteElementString("iati-identifier", IatiOrganisations.ActivityIdentifier(p));
        WriteOrganisation(xml, "reporting-org", p.North, role: null, IatiOrganisations.Ref(p.North));
        Narratives(xml, "title", p.Name, $"{p.Name} (decentralised cooperation partnership)");
        WriteDescriptions(xml, facts);
        WriteParticipants(xml, facts);
        Code(xml, "activity-status", IatiCodes.ActivityStatus(p.Status));
        WriteDates(xml, facts);
        WriteCountry(xml, p.South);
        WriteLocations(xml, facts);
        xml.WriteStartElement("sector");
        xml.WriteAttributeString("vocabulary", IatiCodes.SectorVocabularyDac5);
        xml.WriteAttributeString("code", IatiCodes.SectorIct);
        xml.WriteAttributeString("percentage", "100");
        Narrative(xml, "Technologies de l'information et de la communication (TIC)", IatiCodes.French);
        Narrative(xml, "Information and communication technology (ICT)", IatiCodes.English);
        xml.WriteEndElement();
        foreach (var theme in p.Themes)
        {
            xml.WriteStartElement("tag");
            xml.WriteAttributeString("vocabulary", IatiCodes.ReportingOrganisationVocabulary);
            xml.WriteAttributeString("code", IatiCodes.Key(theme));
            Narrative(xml, theme, IatiCodes.French);
            xml.WriteEndElement();
        }
        Code(xml, "default-flow-type", IatiCodes.FlowOda);
        Code(xml, "default-finance-type", IatiCodes.FinanceStandardGrant);
        xml.WriteStartElement("default-aid-type");
        xml.WriteAttributeString("code", IatiCodes.AidTypeProject);
        xml.WriteAttributeString("vocabulary", IatiCodes.AidTypeVocabularyDac);
        xml.WriteEndElement();
        Code(xml, "default-tied-status", IatiCodes.TiedUntied);
        IatiMoney.WriteBudgetsAndTransactions(xml, facts);
        IatiResults.Write(xml, facts);
        xml.WriteEndElement();
    }

    private static void WriteDescriptions(XmlWriter xml, IatiActivityFacts facts)
    {
        var p = facts.Partnership;
        var southCountry = IatiCodes.Country(p.South.Country)?.English ?? p.South.Country;
        var partners = p.ThirdPartners.Count == 0 ? "" : $", with {string.Join(", ", p.ThirdPartners.Select(t => t.Name))}";
        xml.WriteStartElement("description");
        xml.WriteAttributeString("type", IatiCodes.DescriptionType.General);
        Narrative(xml, p.Summary, IatiCodes.French);
        Narrative(xml, $"Decentralised cooperation between {p.North.Name} and {p.South.Name} ({southCountry}){partners}, "
            + $"since {IsoDate(p.StartedOn)}. Themes: {string.Join(", ", p.Themes)}. The partnership's own summary is the French narrative.", IatiCodes.English);
        xml.WriteEndElement();

        // The milestones are what the partnership sets out to do: its objectives, in its own (French) words.
        var objectives = facts.Milestones.Where(m => m.Status != MilestoneStatus.Cancelled).ToList();
        if (objectives.Count == 0)
            return;
        xml.WriteStartElement("description");
        xml.WriteAttributeString("type", IatiCodes.DescriptionType.Objectives);
        Narrative(xml, string.Join(" ; ", objectives.Select(m => $"{m.Title} (échéance le {FrenchDate(m.DueOn)})")), IatiCodes.French);
        Narrative(xml, $"{objectives.Count} milestones, due from {IsoDate(objectives.Min(m => m.DueOn))} to {IsoDate(objectives.Max(m => m.DueOn))} (titles in French).", IatiCodes.English);
        xml.WriteEndElement();
    }

    private static void WriteParticipants(XmlWriter xml, IatiActivityFacts facts)
    {
        var p = facts.Partnership;
        // The North authority funds (its budget, the hardware it gives) and extends (it runs the partnership); the
        // South authority and the third partners carry the work out.
        WriteOrganisation(xml, "participating-org", p.North, IatiCodes.Role.Funding, IatiOrganisations.Ref(p.North));
        WriteOrganisation(xml, "participating-org", p.North, IatiCodes.Role.Extending, IatiOrganisations.Ref(p.North));
        IatiMoney.WriteFunders(xml, facts);
        WriteOrganisation(xml, "participating-org", p.South, IatiCodes.Role.Implementing, reference: null);
        foreach (var partner in p.ThirdPartners)
            WriteOrganisation(xml, "participating-org", partner, IatiCodes.Role.Implementing, reference: null);
    }

    private static void WriteDates(XmlWriter xml, IatiActivityFacts facts)
    {
        var p = facts.Partnership;
        var milestones = facts.Milestones.Where(m => m.Status != MilestoneStatus.Cancelled).ToList();
        // Planned: from the convention's start to its end, or to the last milestone's due date when it names no end.
        var plannedEnd = p.EndsOn ?? (milestones.Count > 0 ? milestones.Max(m => m.DueOn) : null);
        Date(xml, IatiCodes.DateType.PlannedStart, p.StartedOn);
        if (p.Status != PartnershipStatus.Preparing)
            Date(xml, IatiCodes.DateType.ActualStart, p.StartedOn);
        if (plannedEnd is { } end)
            Date(xml, IatiCodes.DateType.PlannedEnd, end);
        // Ended: the day its last milestone was due (or the convention's end), once the convention has run its course.
        if (p.Status == PartnershipStatus.Completed && (p.EndsOn ?? plannedEnd) is { } ended)
            Date(xml, IatiCodes.DateType.ActualEnd, ended);
    }

    private static void WriteCountry(XmlWriter xml, Party south)
    {
        if (IatiCodes.Country(south.Country) is not { } country)
            return;
        xml.WriteStartElement("recipient-country");
        xml.WriteAttributeString("code", country.Code);
        xml.WriteAttributeString("percentage", "100");
        Narrative(xml, south.Country, IatiCodes.French);
        Narrative(xml, country.English, IatiCodes.English);
        xml.WriteEndElement();
    }

    /// <summary>One location per school or site the shipments went to, in packing order, with how many items it was sent.</summary>
    private static void WriteLocations(XmlWriter xml, IatiActivityFacts facts)
    {
        var country = IatiCodes.Country(facts.Partnership.South.Country);
        var sites = facts.Shipments.SelectMany(s => s.Items).GroupBy(i => i.Destination.Trim(), StringComparer.Ordinal)
            .Where(site => site.Key.Length > 0).ToList();
        for (var n = 0; n < sites.Count; n++)
        {
            var items = sites[n].Count();
            xml.WriteStartElement("location");
            xml.WriteAttributeString("ref", $"{IatiOrganisations.ActivityIdentifier(facts.Partnership)}-site-{n + 1}");
            Code(xml, "location-reach", IatiCodes.LocationReachActivity);
            Narratives(xml, "name", sites[n].Key, english: null);
            Narratives(xml, "description",
                $"Destination des envois de matériel reconditionné : {items} {(items > 1 ? "matériels" : "matériel")}.",
                $"Destination of the refurbished hardware shipments: {items} {(items > 1 ? "items" : "item")}.");
            if (country is { } c)
            {
                xml.WriteStartElement("administrative");
                xml.WriteAttributeString("vocabulary", IatiCodes.CountryVocabulary);
                xml.WriteAttributeString("level", "0");
                xml.WriteAttributeString("code", c.Code);
                xml.WriteEndElement();
            }
            Code(xml, "location-class", IatiCodes.LocationClassStructure);
            xml.WriteEndElement();
        }
    }

    /// <summary>An organisation element: reporting-org, participating-org (with its role), provider-org or receiver-org.</summary>
    internal static void WriteOrganisation(XmlWriter xml, string element, Party party, string? role, string? reference)
    {
        xml.WriteStartElement(element);
        if (reference is not null)
            xml.WriteAttributeString("ref", reference);
        xml.WriteAttributeString("type", IatiCodes.OrganisationType(party.Kind));
        if (role is not null)
            xml.WriteAttributeString("role", role);
        Narrative(xml, party.Name, IatiCodes.French);
        xml.WriteEndElement();
    }

    /// <summary>An element holding a French narrative and, when given, an English one.</summary>
    internal static void Narratives(XmlWriter xml, string element, string french, string? english)
    {
        xml.WriteStartElement(element);
        Narrative(xml, french, IatiCodes.French);
        if (english is not null)
            Narrative(xml, english, IatiCodes.English);
        xml.WriteEndElement();
    }

    /// <summary>
    /// An element holding a « French / English » text (the platform's two-language sentences, such as a computed
    /// indicator's source) as two narratives; text with no « / » is French only.
    /// </summary>
    internal static void Bilingual(XmlWriter xml, string element, string text)
    {
        var parts = text.Split(" / ", 2);
        Narratives(xml, element, parts[0], parts.Length == 2 ? parts[1] : null);
    }

    internal static void Narrative(XmlWriter xml, string text, string language)
    {
        xml.WriteStartElement("narrative");
        xml.WriteAttributeString("xml", "lang", null, language);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    internal static void Code(XmlWriter xml, string element, string code)
    {
        xml.WriteStartElement(element);
        xml.WriteAttributeString("code", code);
        xml.WriteEndElement();
    }

    internal static void Date(XmlWriter xml, string type, DateOnly day)
    {
        xml.WriteStartElement("activity-date");
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("iso-date", IsoDate(day));
        xml.WriteEndElement();
    }

    internal static string IsoDate(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>« 31/12/2026 », whatever the server's culture.</summary>
    internal static string FrenchDate(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    internal static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
