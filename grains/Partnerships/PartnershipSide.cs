namespace Cooperation.Grains.Partnerships;

/// <summary>Which side of the partnership carries a milestone.</summary>
public enum PartnershipSide
{
    /// <summary>The French authority (Nord).</summary>
    North,

    /// <summary>The African authority (Sud).</summary>
    South,

    /// <summary>Both sides together (conjoint).</summary>
    Joint,
}
