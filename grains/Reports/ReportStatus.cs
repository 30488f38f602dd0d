namespace Cooperation.Grains.Reports;

/// <summary>Where a rapport d'avancement stands.</summary>
public enum ReportStatus
{
    /// <summary>Brouillon: North staff write it; nothing is frozen yet.</summary>
    Draft,

    /// <summary>Soumis: the latest version is frozen and waits for the South side.</summary>
    Submitted,

    /// <summary>Pris en compte: the South side acknowledged the latest version.</summary>
    Acknowledged,

    /// <summary>Renvoyé pour modifications: a new draft is open, with the South side's comments; it will become the next version.</summary>
    Returned,
}
