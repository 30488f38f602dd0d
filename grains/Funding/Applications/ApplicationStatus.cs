namespace Cooperation.Grains.Funding.Applications;

/// <summary>Where an application stands.</summary>
public enum ApplicationStatus
{
    /// <summary>Brouillon: the French authority writes it; the checklist says what is missing.</summary>
    Draft,

    /// <summary>Déposé: version frozen, waiting for the managers.</summary>
    Submitted,

    /// <summary>Renvoyé pour compléments: a new draft is open; it becomes the next version when filed again.</summary>
    Returned,

    /// <summary>En instruction: reviewers are assigned.</summary>
    UnderReview,

    /// <summary>Subvention accordée, with an amount and reasons.</summary>
    Granted,

    /// <summary>Refusé, with reasons.</summary>
    Declined,
}

/// <summary>How people read an application's status, in French and in English.</summary>
public static class ApplicationStatusNames
{
    public static string French(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => "en brouillon",
        ApplicationStatus.Submitted => "déposé",
        ApplicationStatus.Returned => "renvoyé pour compléments",
        ApplicationStatus.UnderReview => "en instruction",
        ApplicationStatus.Granted => "accordé",
        ApplicationStatus.Declined => "refusé",
        _ => status.ToString(),
    };

    public static string English(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => "a draft",
        ApplicationStatus.Submitted => "filed",
        ApplicationStatus.Returned => "returned for completion",
        ApplicationStatus.UnderReview => "under review",
        ApplicationStatus.Granted => "granted",
        ApplicationStatus.Declined => "declined",
        _ => status.ToString(),
    };
}
