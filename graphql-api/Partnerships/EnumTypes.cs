using Cooperation.Grains.Partnerships;

namespace Cooperation.GraphQL.Partnerships;

/// <summary>Where a partnership stands.</summary>
public sealed class PartnershipStatusType : EnumerationGraphType<PartnershipStatus>
{
    public PartnershipStatusType()
    {
        Name = "PartnershipStatus";
        Description = "État du partenariat. / Partnership status.";
    }
}

/// <summary>Where a milestone stands.</summary>
public sealed class MilestoneStatusType : EnumerationGraphType<MilestoneStatus>
{
    public MilestoneStatusType()
    {
        Name = "MilestoneStatus";
        Description = "État du jalon : planifié, en cours, atteint, annulé. / Milestone status: planned, in progress, completed, cancelled.";
    }
}

/// <summary>Which side carries a milestone.</summary>
public sealed class PartnershipSideType : EnumerationGraphType<PartnershipSide>
{
    public PartnershipSideType()
    {
        Name = "PartnershipSide";
        Description = "Côté qui porte le jalon : Nord, Sud ou conjoint. / Side carrying the milestone: North, South or joint.";
    }
}
