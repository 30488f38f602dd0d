namespace Cooperation.GraphQL.Tests.Access;

/// <summary>Who the access matrix acts as; "own" is the partnership under test (SIG Guédiawaye).</summary>
public enum Role
{
    Anonymous,
    NorthStaffOwn,
    SouthAgentOwn,
    ThirdPartnerOwn,
    NorthStaffOther,

    /// <summary>A fund reviewer, assigned to the files the matrix makes.</summary>
    FundReviewer,

    /// <summary>A fund reviewer of no partnership, assigned to none of the matrix's files.</summary>
    FundReviewerUnassigned,
    FundManager,
    Administrator,
}

/// <summary>What a request should meet.</summary>
public enum Outcome
{
    Allowed,
    Unauthenticated,
    Forbidden,

    /// <summary>Refused as a reused action id, or an id already taken.</summary>
    Conflict,
}
