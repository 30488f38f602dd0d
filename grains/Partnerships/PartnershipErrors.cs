namespace Cooperation.Grains.Partnerships;

/// <summary>Every refusal a partnership can give, worded once, French first.</summary>
public static class PartnershipErrors
{
    public static DomainException UnknownPartnership(string slug) => new(
        DomainErrorCode.NotFound,
        $"Partenariat inconnu : « {slug} ».",
        $"Unknown partnership: '{slug}'.");

    public static DomainException UnknownMilestone(string milestoneId) => new(
        DomainErrorCode.NotFound,
        $"Jalon inconnu : « {milestoneId} ».",
        $"Unknown milestone: '{milestoneId}'.");

    public static DomainException Invalid(string messageFr, string messageEn) =>
        new(DomainErrorCode.Validation, messageFr, messageEn);

    public static DomainException StaleVersion(string milestoneId, int expected, int actual) => new(
        DomainErrorCode.Conflict,
        $"Le jalon « {milestoneId} » a été modifié entre-temps (version {actual}, vous modifiiez la version {expected}). Rechargez-le puis recommencez.",
        $"Milestone '{milestoneId}' was changed meanwhile (version {actual}; you were editing version {expected}). Reload it and try again.");

    /// <param name="attemptedFr">What was tried, as an infinitive ("le replanifier").</param>
    /// <param name="attemptedEn">The same in English ("reschedule it").</param>
    public static DomainException IllegalStatusChange(
        string milestoneId, MilestoneStatus from, string attemptedFr, string attemptedEn) => new(
        DomainErrorCode.Validation,
        $"Le jalon « {milestoneId} » est {MilestoneStatusNames.French(from)} : impossible de {attemptedFr}.",
        $"Milestone '{milestoneId}' is {MilestoneStatusNames.English(from)}: cannot {attemptedEn}.");

    // Worded the same whether or not the partnership exists: a refusal must not tell outsiders what is there.
    public static DomainException Forbidden() => new(
        DomainErrorCode.Forbidden,
        "Vous n'avez pas accès à ce partenariat pour cette action.",
        "You have no access to this partnership for this action.");

    public static DomainException ForbiddenSide(string milestoneId, PartnershipSide side) => new(
        DomainErrorCode.Forbidden,
        $"Le jalon « {milestoneId} » relève du côté {PartnershipSideNames.French(side)} : les agents du Sud ne modifient que les jalons du côté Sud.",
        $"Milestone '{milestoneId}' belongs to the {PartnershipSideNames.English(side)} side: South agents change only South-side milestones.");

    public static DomainException ForbiddenPlanSide(PartnershipSide side) => new(
        DomainErrorCode.Forbidden,
        $"Les agents du Sud ne planifient que des jalons du côté Sud (demandé : {PartnershipSideNames.French(side)}).",
        $"South agents plan only South-side milestones (asked: {PartnershipSideNames.English(side)}).");
}
