namespace Cooperation.Grains.Partnerships;

/// <summary>Where a partenariat stands in its life.</summary>
public enum PartnershipStatus
{
    /// <summary>En préparation: the convention is being drafted.</summary>
    Preparing,

    /// <summary>Actif: the convention is signed and work goes on.</summary>
    Active,

    /// <summary>Suspendu: paused by one of the parties.</summary>
    Suspended,

    /// <summary>Achevé: the convention has run its course.</summary>
    Completed,
}
