using System.Globalization;
using System.Text.RegularExpressions;
using Cooperation.Grains.Partnerships;

namespace Cooperation.Grains.Reports;

/// <summary>
/// The input rules of a rapport d'avancement and of its key, checked before anything changes so that a refusal
/// leaves the report as it was.
/// </summary>
/// <remarks>
/// Key: <c>"{slug}/{periodStart:yyyy-MM-dd}_{periodEnd:yyyy-MM-dd}"</c>, e.g. <c>"seneclic/2026-01-01_2026-06-30"</c>.
/// The period is the report's identity, so there is at most one report per partnership and period, and a device
/// that drafts the same period twice offline reaches the same grain (the second draft is refused as a conflict,
/// or returned as a repeat when it carries the same client mutation id).
/// </remarks>
public static partial class ReportRules
{
    /// <summary>Days after the period's end before a report still in draft is overdue (en retard).</summary>
    public const int GraceDays = 30;

    /// <summary>Longest period a report may cover (about two years).</summary>
    public const int MaxPeriodDays = 731;

    public const int MaxSectionLength = 4000;
    public const int MaxCommentLength = 2000;
    public const int MaxIndicators = 40;
    public const int MaxIndicatorCodeLength = 40;
    public const int MaxIndicatorTitleLength = 200;
    public const int MaxIndicatorUnitLength = 40;
    public const int MaxIndicatorSourceLength = 300;
    public const int MaxMilestones = 50;
    public const int MaxAttachments = 20;
    public const int MaxAttachmentNameLength = 200;
    public const long MaxAttachmentBytes = 100L * 1024 * 1024;

    /// <summary>The key of the report of a partnership for a period; refuses a malformed slug or period.</summary>
    public static string Key(string slug, DateOnly periodStart, DateOnly periodEnd)
    {
        if (!PartnershipRules.IsValidSlug(slug))
            throw ReportErrors.InvalidKey($"{slug}/…");
        Period(periodStart, periodEnd);
        return $"{slug}/{periodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}_{periodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
    }

    /// <summary>The partnership and period a key names; refuses anything that <see cref="Key"/> would not build.</summary>
    public static (string Slug, DateOnly PeriodStart, DateOnly PeriodEnd) ParseKey(string? key)
    {
        if (key is null || KeyPattern().Match(key) is not { Success: true } match
            || !PartnershipRules.IsValidSlug(match.Groups["slug"].Value)
            || !TryDate(match.Groups["start"].Value, out var start) || !TryDate(match.Groups["end"].Value, out var end))
            throw ReportErrors.InvalidKey(key ?? "");
        Period(start, end);
        return (match.Groups["slug"].Value, start, end);
    }

    /// <summary>Whether a key is well formed (for the API, before it asks for a grain).</summary>
    public static bool IsValidKey(string? key)
    {
        try
        {
            ParseKey(key);
            return true;
        }
        catch (DomainException)
        {
            return false;
        }
    }

    public static void Period(DateOnly start, DateOnly end)
    {
        foreach (var date in new[] { start, end })
        {
            if (date < MilestoneRules.EarliestDate || date > MilestoneRules.LatestDate)
                throw ReportErrors.Invalid(
                    $"La date {date:yyyy-MM-dd} est hors de la période admise ({MilestoneRules.EarliestDate:yyyy} – {MilestoneRules.LatestDate:yyyy}).",
                    $"Date {date:yyyy-MM-dd} is outside the accepted range ({MilestoneRules.EarliestDate:yyyy}–{MilestoneRules.LatestDate:yyyy}).");
        }
        if (end < start)
            throw ReportErrors.Invalid(
                $"La fin de la période du rapport ({end:yyyy-MM-dd}) précède son début ({start:yyyy-MM-dd}).",
                $"The report period ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).");
        if (end.DayNumber - start.DayNumber > MaxPeriodDays)
            throw ReportErrors.Invalid(
                $"Un rapport couvre au plus deux ans ({start:yyyy-MM-dd} → {end:yyyy-MM-dd} est trop long).",
                $"A report covers at most two years ({start:yyyy-MM-dd} → {end:yyyy-MM-dd} is too long).");
    }

    /// <summary>When the report of a period is expected.</summary>
    public static DateOnly DueOn(DateOnly periodEnd) => periodEnd.AddDays(GraceDays);

    /// <summary>How long before the due date the North hears that a report not yet submitted falls due.</summary>
    public static readonly TimeSpan DueSoonNotice = TimeSpan.FromDays(14);

    /// <summary>The moment the North hears that the report of a period due on <paramref name="dueOn"/> falls due.</summary>
    public static DateTimeOffset DueSoonFrom(DateOnly dueOn) => new(dueOn.ToDateTime(TimeOnly.MinValue) - DueSoonNotice, TimeSpan.Zero);

    /// <summary>The first moment a report due on <paramref name="dueOn"/> is overdue: the day after, at midnight UTC.</summary>
    public static DateTimeOffset OverdueFrom(DateOnly dueOn) => new(dueOn.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <param name="sectionFr">The section's French name with its article ("la section « Activités »").</param>
    public static string Section(string? text, string sectionFr, string sectionEn)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length > MaxSectionLength)
            throw ReportErrors.Invalid(
                $"{sectionFr} dépasse {MaxSectionLength} caractères ({trimmed.Length}).",
                $"{sectionEn} is longer than {MaxSectionLength} characters ({trimmed.Length}).");
        return trimmed;
    }

    public static string Activities(string? text) => Section(text, "La section « Activités menées »", "The 'Activities' section");

    public static string Results(string? text) => Section(text, "La section « Résultats obtenus »", "The 'Results' section");

    public static string Difficulties(string? text) => Section(text, "La section « Difficultés rencontrées »", "The 'Difficulties' section");

    public static string NextSteps(string? text) => Section(text, "La section « Prochaines étapes »", "The 'Next steps' section");

    public static IReadOnlyList<ReportIndicator> Indicators(IReadOnlyList<ReportIndicator>? indicators)
    {
        indicators ??= [];
        if (indicators.Count > MaxIndicators)
            throw ReportErrors.Invalid(
                $"Un rapport compte au plus {MaxIndicators} indicateurs ({indicators.Count}).",
                $"A report has at most {MaxIndicators} indicators ({indicators.Count}).");
        var result = new List<ReportIndicator>(indicators.Count);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            var rank = i + 1;
            var code = indicator.Code?.Trim() ?? "";
            if (!CodePattern().IsMatch(code))
                throw ReportErrors.Invalid(
                    $"Indicateur n° {rank} : le code « {code} » doit compter 1 à {MaxIndicatorCodeLength} caractères (minuscules, chiffres, « - », « _ » ou « . »).",
                    $"Indicator #{rank}: code '{code}' must be 1 to {MaxIndicatorCodeLength} characters (lowercase letters, digits, '-', '_' or '.').");
            if (!codes.Add(code))
                throw ReportErrors.Invalid(
                    $"Le code d'indicateur « {code} » apparaît deux fois.",
                    $"Indicator code '{code}' appears twice.");
            var title = indicator.Title?.Trim() ?? "";
            if (title.Length == 0)
                throw ReportErrors.Invalid(
                    $"Indicateur « {code} » : l'intitulé est obligatoire.",
                    $"Indicator '{code}': the title is required.");
            if (title.Length > MaxIndicatorTitleLength)
                throw ReportErrors.Invalid(
                    $"Indicateur « {code} » : l'intitulé dépasse {MaxIndicatorTitleLength} caractères.",
                    $"Indicator '{code}': the title is longer than {MaxIndicatorTitleLength} characters.");
            var unit = indicator.Unit?.Trim() ?? "";
            if (unit.Length is 0 or > MaxIndicatorUnitLength)
                throw ReportErrors.Invalid(
                    $"Indicateur « {code} » : l'unité est obligatoire ({MaxIndicatorUnitLength} caractères au plus).",
                    $"Indicator '{code}': the unit is required (at most {MaxIndicatorUnitLength} characters).");
            if (indicator.Fact is { } fact)
            {
                if (!Enum.IsDefined(fact))
                    throw ReportErrors.Invalid($"Indicateur « {code} » : fait inconnu.", $"Indicator '{code}': unknown fact.");
                if (indicator.Actual is not null || indicator.Source is not null)
                    throw ReportErrors.Invalid(
                        $"Indicateur « {code} » : sa valeur est calculée à partir des faits enregistrés ; ne saisissez ni valeur réalisée ni source.",
                        $"Indicator '{code}': its value is computed from recorded facts; type neither an actual value nor a source.");
                result.Add(new ReportIndicator(code, title, unit, indicator.Baseline, indicator.Target, null, null, fact));
                continue;
            }
            var source = indicator.Source?.Trim();
            if (source is { Length: > MaxIndicatorSourceLength })
                throw ReportErrors.Invalid(
                    $"Indicateur « {code} » : la source dépasse {MaxIndicatorSourceLength} caractères.",
                    $"Indicator '{code}': the source is longer than {MaxIndicatorSourceLength} characters.");
            result.Add(new ReportIndicator(code, title, unit, indicator.Baseline, indicator.Target, indicator.Actual,
                string.IsNullOrEmpty(source) ? null : source));
        }
        return result;
    }

    /// <summary>Checks the form of milestone ids; the grain then checks that each exists in the partnership.</summary>
    public static IReadOnlyList<string> MilestoneIds(IReadOnlyList<string>? milestoneIds)
    {
        milestoneIds ??= [];
        if (milestoneIds.Count > MaxMilestones)
            throw ReportErrors.Invalid(
                $"Un rapport se rattache à au plus {MaxMilestones} jalons ({milestoneIds.Count}).",
                $"A report links at most {MaxMilestones} milestones ({milestoneIds.Count}).");
        var result = new List<string>(milestoneIds.Count);
        foreach (var raw in milestoneIds)
        {
            var id = raw?.Trim() ?? "";
            if (!MilestoneIdPattern().IsMatch(id))
                throw ReportErrors.Invalid($"« {id} » n'est pas un identifiant de jalon.", $"'{id}' is not a milestone id.");
            if (!result.Contains(id))
                result.Add(id);
        }
        return result;
    }

    public static IReadOnlyList<ReportAttachment> Attachments(IReadOnlyList<ReportAttachment>? attachments)
    {
        attachments ??= [];
        if (attachments.Count > MaxAttachments)
            throw ReportErrors.Invalid(
                $"Un rapport compte au plus {MaxAttachments} pièces jointes ({attachments.Count}).",
                $"A report has at most {MaxAttachments} attachments ({attachments.Count}).");
        var result = new List<ReportAttachment>(attachments.Count);
        foreach (var attachment in attachments)
        {
            var name = attachment.Name?.Trim() ?? "";
            if (name.Length is 0 or > MaxAttachmentNameLength)
                throw ReportErrors.Invalid(
                    $"Le nom d'une pièce jointe est obligatoire ({MaxAttachmentNameLength} caractères au plus).",
                    $"An attachment's name is required (at most {MaxAttachmentNameLength} characters).");
            var contentType = attachment.ContentType?.Trim().ToLowerInvariant() ?? "";
            if (!ContentTypePattern().IsMatch(contentType))
                throw ReportErrors.Invalid(
                    $"Pièce jointe « {name} » : « {contentType} » n'est pas un type de contenu (ex. « application/pdf »).",
                    $"Attachment '{name}': '{contentType}' is not a content type (e.g. 'application/pdf').");
            if (attachment.SizeBytes is <= 0 or > MaxAttachmentBytes)
                throw ReportErrors.Invalid(
                    $"Pièce jointe « {name} » : la taille doit être comprise entre 1 octet et 100 Mo (reçu : {attachment.SizeBytes}).",
                    $"Attachment '{name}': the size must be between 1 byte and 100 MB (got {attachment.SizeBytes}).");
            result.Add(new ReportAttachment(name, contentType, attachment.SizeBytes));
        }
        return result;
    }

    public static string AcknowledgementComment(string? comment) => Comment(comment, required: false);

    public static string ReturnComment(string? comment) => Comment(comment, required: true);

    private static string Comment(string? comment, bool required)
    {
        var trimmed = comment?.Trim() ?? "";
        if (required && trimmed.Length == 0)
            throw ReportErrors.Invalid(
                "Dites ce qu'il faut modifier : un rapport se renvoie avec un commentaire.",
                "Say what needs changing: a report is returned with a comment.");
        if (trimmed.Length > MaxCommentLength)
            throw ReportErrors.Invalid(
                $"Le commentaire dépasse {MaxCommentLength} caractères ({trimmed.Length}).",
                $"The comment is longer than {MaxCommentLength} characters ({trimmed.Length}).");
        return trimmed;
    }

    /// <summary>The whole content of a draft, checked part by part (milestone existence is the grain's to check).</summary>
    public static ReportContent Content(ReportContent content) => new(
        Activities(content.Activities), Results(content.Results), Difficulties(content.Difficulties), NextSteps(content.NextSteps),
        Indicators(content.Indicators), MilestoneIds(content.MilestoneIds), Attachments(content.Attachments));

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    [GeneratedRegex(@"^(?<slug>[a-z0-9-]{1,64})/(?<start>\d{4}-\d{2}-\d{2})_(?<end>\d{4}-\d{2}-\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9._-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^m[0-9]{1,9}$", RegexOptions.CultureInvariant)]
    private static partial Regex MilestoneIdPattern();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex ContentTypePattern();
}
