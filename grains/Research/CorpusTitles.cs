using System.Globalization;
using Cooperation.Grains.Missions;
using Cooperation.Grains.Reports;

namespace Cooperation.Grains.Research;

/// <summary>The titles a reader knows the corpus's documents by, in French (as in a codebook's « Document » column).</summary>
public static class CorpusTitles
{
    /// <summary>« Rapport d'avancement du 01/01/2026 au 30/06/2026 ».</summary>
    public static string Of(Report report) =>
        $"Rapport d'avancement du {report.PeriodStart.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} au {report.PeriodEnd.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";

    /// <summary>« Compte rendu de mission : Formation SIG à Guédiawaye ».</summary>
    public static string Of(Mission mission) => $"Compte rendu de mission : {mission.Plan.Title}";
}
