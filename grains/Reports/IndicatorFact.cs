namespace Cooperation.Grains.Reports;

/// <summary>
/// A fact the platform records itself, from which an indicator's actual value is computed instead of typed: what the
/// South agents confirmed on receipt and recorded afterwards, during the report's period.
/// </summary>
public enum IndicatorFact
{
    /// <summary>Ordinateurs reçus en bon état: desktops and laptops whose first receipt verdict is « reçu ».</summary>
    ComputersReceived,

    /// <summary>Ordinateurs installés: desktops and laptops recorded as installed at their site.</summary>
    ComputersInstalled,

    /// <summary>Bornes Wi-Fi installées.</summary>
    WifiTerminalsInstalled,
}
