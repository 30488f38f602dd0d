using System.Net.Mail;

namespace Cooperation.Grains.Accounts;

/// <summary>The input rules of accounts: e-mail keys, names, passwords.</summary>
public static class AccountRules
{
    public const int MaxEmailLength = 254;
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 200;
    public const int MaxDisplayNameLength = 120;
    public const int MaxTeamLength = 80;

    /// <summary>The account key for an e-mail address: trimmed and lower-cased, or a VALIDATION error.</summary>
    /// <remarks>The API calls this before asking for a grain, so no input can activate arbitrary grains.</remarks>
    public static string Key(string? email)
    {
        var trimmed = email?.Trim().ToLowerInvariant() ?? "";
        if (trimmed.Length is 0 or > MaxEmailLength || !MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed)
            throw new DomainException(DomainErrorCode.Validation,
                $"« {email} » n'est pas une adresse électronique valide.",
                $"'{email}' is not a valid e-mail address.");
        return trimmed;
    }

    public static string DisplayName(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxDisplayNameLength)
            throw new DomainException(DomainErrorCode.Validation,
                $"Le nom affiché est obligatoire ({MaxDisplayNameLength} caractères au plus).",
                $"The display name is required (at most {MaxDisplayNameLength} characters).");
        return trimmed;
    }

    /// <summary>A research team's name, trimmed; null when none is given.</summary>
    public static string? Team(string? team)
    {
        var trimmed = team?.Trim() ?? "";
        if (trimmed.Length > MaxTeamLength)
            throw new DomainException(DomainErrorCode.Validation,
                $"Le nom de l'équipe dépasse {MaxTeamLength} caractères.",
                $"The team's name is longer than {MaxTeamLength} characters.");
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>Checks a new password's length; its value is never echoed back.</summary>
    public static void Password(string? password)
    {
        if (password is null || password.Length < MinPasswordLength || password.Length > MaxPasswordLength)
            throw new DomainException(DomainErrorCode.Validation,
                $"Le mot de passe doit compter de {MinPasswordLength} à {MaxPasswordLength} caractères.",
                $"The password must have {MinPasswordLength} to {MaxPasswordLength} characters.");
    }
}
