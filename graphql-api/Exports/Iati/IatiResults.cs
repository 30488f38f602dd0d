using System.Xml;
using Cooperation.Grains.Reports;

namespace Cooperation.GraphQL.Exports.Iati;

/// <summary>
/// The activity's result: the indicators of its progress reports, one IATI indicator per indicator code, with a period
/// for each report that measured it (its target and actual values). A computed indicator says in its description how
/// and when it was counted; a typed one, which report it was typed in.
/// </summary>
public static class IatiResults
{
    public static void Write(XmlWriter xml, IatiActivityFacts facts)
    {
        var measured = facts.Reports
            .SelectMany(report => report.Content.Indicators.Select(indicator => (Report: report, Indicator: indicator)))
            .GroupBy(m => m.Indicator.Code, StringComparer.Ordinal)
            .ToList();
        if (measured.Count == 0)
            return;

        xml.WriteStartElement("result");
        xml.WriteAttributeString("type", IatiCodes.ResultOutput);
        xml.WriteAttributeString("aggregation-status", "1");
        IatiDocument.Narratives(xml, "title", "Indicateurs des rapports d'avancement", "Progress reports' indicators");
        IatiDocument.Narratives(xml, "description",
            "Valeurs cibles et atteintes de chaque période de rapport d'avancement (rapports soumis et brouillons en cours).",
            "Target and actual values for each progress report period (submitted reports and drafts in progress).");
        foreach (var indicator in measured)
            WriteIndicator(xml, indicator.ToList());
        xml.WriteEndElement();
    }

    private static void WriteIndicator(XmlWriter xml, IReadOnlyList<(Report Report, ReportIndicator Indicator)> periods)
    {
        var (_, latest) = periods[^1];
        xml.WriteStartElement("indicator");
        xml.WriteAttributeString("measure", IatiCodes.MeasureUnit);
        xml.WriteAttributeString("ascending", "1");
        IatiDocument.Narratives(xml, "title", latest.Title, english: null);
        if (latest.Source is { } source)
            IatiDocument.Bilingual(xml, "description", $"{source} ({latest.Unit})");
        else
        {
            var (report, _) = periods[^1];
            IatiDocument.Narratives(xml, "description",
                $"Valeur saisie dans le rapport d'avancement du {IatiDocument.FrenchDate(report.PeriodStart)} au {IatiDocument.FrenchDate(report.PeriodEnd)} ({latest.Unit}).",
                $"Value typed in the progress report from {IatiDocument.IsoDate(report.PeriodStart)} to {IatiDocument.IsoDate(report.PeriodEnd)} ({latest.Unit}).");
        }
        xml.WriteStartElement("reference");
        xml.WriteAttributeString("vocabulary", IatiCodes.ReportingOrganisationVocabulary);
        xml.WriteAttributeString("code", latest.Code);
        xml.WriteEndElement();

        // The baseline: the first period's, as the value at the start of the partnership's action.
        if (periods.FirstOrDefault(p => p.Indicator.Baseline is not null) is { Indicator.Baseline: { } baseline } first)
        {
            xml.WriteStartElement("baseline");
            xml.WriteAttributeString("year", first.Report.PeriodStart.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("iso-date", IatiDocument.IsoDate(first.Report.PeriodStart));
            xml.WriteAttributeString("value", IatiDocument.Number(baseline));
            xml.WriteEndElement();
        }

        foreach (var (report, indicator) in periods)
        {
            xml.WriteStartElement("period");
            xml.WriteStartElement("period-start");
            xml.WriteAttributeString("iso-date", IatiDocument.IsoDate(report.PeriodStart));
            xml.WriteEndElement();
            xml.WriteStartElement("period-end");
            xml.WriteAttributeString("iso-date", IatiDocument.IsoDate(report.PeriodEnd));
            xml.WriteEndElement();
            Value(xml, "target", indicator.Target);
            Value(xml, "actual", indicator.Actual);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Value(XmlWriter xml, string element, decimal? value)
    {
        if (value is not { } number)
            return;
        xml.WriteStartElement(element);
        xml.WriteAttributeString("value", IatiDocument.Number(number));
        xml.WriteEndElement();
    }
}
