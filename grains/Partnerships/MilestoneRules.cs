namespace Cooperation.Grains.Partnerships;

/// <summary>
/// The input rules of a jalon, checked before anything changes so that a refusal leaves the partnership as it was.
/// </summary>
public static class MilestoneRules
{
    public const int MaxTitleLength = 160;
    public const int MaxDescriptionLength = 4000;
    public const int MaxReasonLength = 1000;

    // Cooperation conventions of the seed text start in the 2000s; a date outside this window is a typing slip.
    public static readonly DateOnly EarliestDate = new(1990, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    public static string Title(string? title)
    {
        var trimmed = title?.Trim() ?? "";
        if (trimmed.Length == 0)
            throw PartnershipErrors.Invalid("Le titre du jalon est obligatoire.", "The milestone title is required.");
        if (trimmed.Length > MaxTitleLength)
            throw PartnershipErrors.Invalid(
                $"Le titre du jalon dépasse {MaxTitleLength} caractères ({trimmed.Length}).",
                $"The milestone title is longer than {MaxTitleLength} characters ({trimmed.Length}).");
        return trimmed;
    }

    public static string Description(string? description)
    {
        var trimmed = description?.Trim() ?? "";
        if (trimmed.Length > MaxDescriptionLength)
            throw PartnershipErrors.Invalid(
                $"La description dépasse {MaxDescriptionLength} caractères ({trimmed.Length}).",
                $"The description is longer than {MaxDescriptionLength} characters ({trimmed.Length}).");
        return trimmed;
    }

    public static void Dates(DateOnly? startOn, DateOnly dueOn)
    {
        foreach (var date in startOn is { } s ? [s, dueOn] : new[] { dueOn })
        {
            if (date < EarliestDate || date > LatestDate)
                throw PartnershipErrors.Invalid(
                    $"La date {date:yyyy-MM-dd} est hors de la période admise ({EarliestDate:yyyy} – {LatestDate:yyyy}).",
                    $"Date {date:yyyy-MM-dd} is outside the accepted range ({EarliestDate:yyyy}–{LatestDate:yyyy}).");
        }

        if (startOn is { } start && start > dueOn)
            throw PartnershipErrors.Invalid(
                $"L'échéance ({dueOn:yyyy-MM-dd}) précède le début ({start:yyyy-MM-dd}).",
                $"The due date ({dueOn:yyyy-MM-dd}) is before the start date ({start:yyyy-MM-dd}).");
    }

    public static int Progress(int progress)
    {
        if (progress is < 0 or > 100)
            throw PartnershipErrors.Invalid(
                $"L'avancement doit être compris entre 0 et 100 % (reçu : {progress}).",
                $"Progress must be between 0 and 100% (got {progress}).");
        return progress;
    }

    public static string Reason(string? reason)
    {
        var trimmed = reason?.Trim() ?? "";
        if (trimmed.Length == 0)
            throw PartnershipErrors.Invalid("Indiquez la raison de l'annulation.", "Give the reason for the cancellation.");
        if (trimmed.Length > MaxReasonLength)
            throw PartnershipErrors.Invalid(
                $"La raison dépasse {MaxReasonLength} caractères.",
                $"The reason is longer than {MaxReasonLength} characters.");
        return trimmed;
    }
}
