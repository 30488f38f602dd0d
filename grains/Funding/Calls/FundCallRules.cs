using System.Text.RegularExpressions;

namespace Cooperation.Grains.Funding.Calls;

/// <summary>The input rules of a call for projects, checked before anything changes so that a refusal leaves the call as it was.</summary>
public static partial class FundCallRules
{
    public const int MaxTitleLength = 200;
    public const int MaxCriteria = 12;
    public const int MaxLabelLength = 200;
    public const int MaxWeight = 100;
    public const int MaxScale = 100;

    /// <summary>Largest amount anywhere in the fund (envelope, request, budget line): 100 million euros.</summary>
    public const decimal MaxAmount = 100_000_000m;

    public static bool IsValidCode(string? code) => code is not null && CodePattern().IsMatch(code);

    public static string Code(string? code) => IsValidCode(code) ? code! : throw FundErrors.InvalidCallCode(code ?? "");

    public static int Year(int year) => year is >= 2000 and <= 2100
        ? year
        : throw FundErrors.Invalid($"Année d'appel invalide : {year}.", $"Invalid call year: {year}.");

    public static string Title(string? title)
    {
        var trimmed = title?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxTitleLength)
            throw FundErrors.Invalid(
                $"L'intitulé de l'appel est obligatoire ({MaxTitleLength} caractères au plus).",
                $"The call's title is required (at most {MaxTitleLength} characters).");
        return trimmed;
    }

    /// <summary>A positive amount in euros, to the cent.</summary>
    /// <param name="whatFr">What the amount is, with its article ("l'enveloppe").</param>
    public static decimal Amount(decimal amount, string whatFr, string whatEn, bool allowZero = false)
    {
        if (amount < 0 || (!allowZero && amount == 0) || amount > MaxAmount || decimal.Round(amount, 2) != amount)
            throw FundErrors.Invalid(
                $"Montant invalide pour {whatFr} : {amount} € (positif, au centime près, {MaxAmount:0} € au plus).",
                $"Invalid amount for {whatEn}: EUR {amount} (positive, to the cent, at most EUR {MaxAmount:0}).");
        return amount;
    }

    public static decimal Envelope(decimal envelope) => Amount(envelope, "l'enveloppe de l'appel", "the call's envelope");

    /// <summary>A deadline still to come (the platform may record a past one while seeding).</summary>
    public static DateTimeOffset Deadline(DateTimeOffset deadline, DateTimeOffset now, bool platform)
    {
        if (!platform && deadline <= now)
            throw FundErrors.Invalid(
                $"La date limite ({deadline:yyyy-MM-dd HH:mm} UTC) est déjà passée.",
                $"The deadline ({deadline:yyyy-MM-dd HH:mm} UTC) has already passed.");
        return deadline.ToUniversalTime();
    }

    public static IReadOnlyList<RubricCriterion> Criteria(IReadOnlyList<RubricCriterion>? criteria)
    {
        criteria ??= [];
        if (criteria.Count is 0 or > MaxCriteria)
            throw FundErrors.Invalid(
                $"La grille d'évaluation compte de 1 à {MaxCriteria} critères ({criteria.Count}).",
                $"The rubric has 1 to {MaxCriteria} criteria ({criteria.Count}).");
        var result = new List<RubricCriterion>(criteria.Count);
        foreach (var criterion in criteria)
        {
            var key = criterion.Key?.Trim() ?? "";
            if (!KeyPattern().IsMatch(key))
                throw FundErrors.Invalid(
                    $"Le code de critère « {key} » doit compter 1 à 40 caractères (minuscules, chiffres, « - »).",
                    $"Criterion key '{key}' must be 1 to 40 characters (lowercase letters, digits, '-').");
            if (result.Any(c => c.Key == key))
                throw FundErrors.Invalid($"Le critère « {key} » apparaît deux fois.", $"Criterion '{key}' appears twice.");
            var labelFr = criterion.LabelFr?.Trim() ?? "";
            var labelEn = criterion.LabelEn?.Trim() ?? "";
            if (labelFr.Length is 0 or > MaxLabelLength || labelEn.Length is 0 or > MaxLabelLength)
                throw FundErrors.Invalid(
                    $"Critère « {key} » : les intitulés français et anglais sont obligatoires ({MaxLabelLength} caractères au plus).",
                    $"Criterion '{key}': the French and English labels are required (at most {MaxLabelLength} characters).");
            if (criterion.Weight is < 1 or > MaxWeight)
                throw FundErrors.Invalid(
                    $"Critère « {key} » : le poids doit être compris entre 1 et {MaxWeight} ({criterion.Weight}).",
                    $"Criterion '{key}': the weight must be between 1 and {MaxWeight} ({criterion.Weight}).");
            if (criterion.ScaleMin < 0 || criterion.ScaleMax > MaxScale || criterion.ScaleMax <= criterion.ScaleMin)
                throw FundErrors.Invalid(
                    $"Critère « {key} » : l'échelle {criterion.ScaleMin}–{criterion.ScaleMax} est invalide (de 0 à {MaxScale}, minimum sous le maximum).",
                    $"Criterion '{key}': scale {criterion.ScaleMin}–{criterion.ScaleMax} is invalid (0 to {MaxScale}, minimum below maximum).");
            result.Add(new RubricCriterion(key, labelFr, labelEn, criterion.Weight, criterion.ScaleMin, criterion.ScaleMax));
        }
        return result;
    }

    public static IReadOnlyList<PieceKind> RequiredPieces(IReadOnlyList<PieceKind>? pieces)
    {
        var result = new List<PieceKind>();
        foreach (var kind in pieces ?? [])
        {
            if (!Enum.IsDefined(kind) || kind == PieceKind.Other)
                throw FundErrors.Invalid(
                    "Une pièce exigée est la convention signée, la délibération ou une lettre d'intention chiffrée.",
                    "A required piece is the signed agreement, the deliberation or a costed letter of intent.");
            if (!result.Contains(kind))
                result.Add(kind);
        }
        return result;
    }

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
