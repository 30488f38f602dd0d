namespace Cooperation.Grains.Common;

/// <summary>The rule every action's id follows, whatever the grain that applies it.</summary>
public static class ClientMutationIds
{
    public const int MaxLength = 100;

    /// <summary>The id, trimmed; refused (VALIDATION) when empty or longer than <see cref="MaxLength"/>.</summary>
    public static string Checked(string? clientMutationId)
    {
        var trimmed = clientMutationId?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxLength)
            throw new DomainException(
                DomainErrorCode.Validation,
                $"Chaque action doit porter un identifiant client (clientMutationId) de 1 à {MaxLength} caractères.",
                $"Every action must carry a client id (clientMutationId) of 1 to {MaxLength} characters.");
        return trimmed;
    }
}
