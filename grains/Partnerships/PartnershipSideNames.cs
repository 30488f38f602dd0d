namespace Cooperation.Grains.Partnerships;

/// <summary>How a side reads in a sentence, in each language.</summary>
public static class PartnershipSideNames
{
    public static string French(PartnershipSide side) => side switch
    {
        PartnershipSide.North => "Nord",
        PartnershipSide.South => "Sud",
        _ => "conjoint",
    };

    public static string English(PartnershipSide side) => side switch
    {
        PartnershipSide.North => "North",
        PartnershipSide.South => "South",
        _ => "joint",
    };
}
