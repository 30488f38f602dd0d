namespace Cooperation.Grains.Shipments;

/// <summary>What a shipped piece of refurbished hardware is.</summary>
public enum ItemKind
{
    /// <summary>Ordinateur de bureau (unité centrale).</summary>
    Desktop,

    /// <summary>Ordinateur portable.</summary>
    Laptop,

    /// <summary>Écran.</summary>
    Screen,

    /// <summary>Serveur.</summary>
    Server,

    /// <summary>Imprimante.</summary>
    Printer,

    /// <summary>Borne Wi-Fi.</summary>
    WifiTerminal,

    /// <summary>Autre matériel (onduleur, vidéoprojecteur…).</summary>
    Other,
}
