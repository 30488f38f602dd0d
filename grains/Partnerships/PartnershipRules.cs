using System.Text.RegularExpressions;
using Cooperation.Grains.Partnerships.Commands;

namespace Cooperation.Grains.Partnerships;

/// <summary>The input rules of a partnership's profile and of its readable key.</summary>
public static partial class PartnershipRules
{
    public const int MaxSlugLength = 64;

    /// <summary>True when <paramref name="slug"/> can name a partnership: lowercase ASCII words joined by hyphens.</summary>
    /// <remarks>The API checks this before asking for a grain, so that no input can activate arbitrary grains.</remarks>
    public static bool IsValidSlug(string? slug) =>
        slug is { Length: > 0 and <= MaxSlugLength } && SlugPattern().IsMatch(slug);

    public static Partnership Profile(string slug, EstablishPartnership command)
    {
        if (!IsValidSlug(slug))
            throw PartnershipErrors.Invalid(
                $"« {slug} » ne peut pas identifier un partenariat (minuscules, chiffres et tirets, {MaxSlugLength} caractères au plus).",
                $"'{slug}' cannot identify a partnership (lowercase letters, digits and hyphens, at most {MaxSlugLength} characters).");
        var name = Required(command.Name, 200, "Le nom du partenariat", "The partnership name");
        if (command.EndsOn is { } end && end < command.StartedOn)
            throw PartnershipErrors.Invalid(
                $"La fin du partenariat ({end:yyyy-MM-dd}) précède son début ({command.StartedOn:yyyy-MM-dd}).",
                $"The partnership ends ({end:yyyy-MM-dd}) before it starts ({command.StartedOn:yyyy-MM-dd}).");
        Required(command.North.Name, 200, "Le nom de la collectivité du Nord", "The North authority's name");
        Required(command.South.Name, 200, "Le nom de la collectivité du Sud", "The South authority's name");

        return new Partnership(
            slug, name, command.Summary.Trim(), command.North, command.South,
            [.. command.ThirdPartners], [.. command.Themes], command.StartedOn, command.EndsOn, command.Status, Revision: 0);
    }

    private static string Required(string? value, int maxLength, string whatFr, string whatEn)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > maxLength)
            throw PartnershipErrors.Invalid(
                $"{whatFr} est obligatoire ({maxLength} caractères au plus).",
                $"{whatEn} is required (at most {maxLength} characters).");
        return trimmed;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
