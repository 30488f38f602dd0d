namespace Cooperation.GraphQL.Tests.Access;

/// <summary>Who the access matrix acts as; "own" is the partnership under test (SIG Guédiawaye).</summary>
public enum Role
{
    Anonymous,
    NorthStaffOwn,
    SouthAgentOwn,
    ThirdPartnerOwn,
    NorthStaffOther,
    FundReviewer,
    FundManager,
    Administrator,
}

/// <summary>What a request should meet.</summary>
public enum Outcome
{
    Allowed,
    Unauthenticated,
    Forbidden,
}
