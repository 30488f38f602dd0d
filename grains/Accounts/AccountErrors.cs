namespace Cooperation.Grains.Accounts;

/// <summary>Every refusal an account or a session can give, worded once, French first.</summary>
public static class AccountErrors
{
    // Worded the same whether or not the account exists: a refusal must not tell outsiders who has an account.
    public static DomainException Forbidden() => new(
        DomainErrorCode.Forbidden,
        "Vous n'avez pas le droit de faire cette action sur ce compte.",
        "You may not do this on this account.");

    public static DomainException UnknownAccount(string accountId) => new(
        DomainErrorCode.NotFound,
        $"Compte inconnu : « {accountId} ».",
        $"Unknown account: '{accountId}'.");

    public static DomainException AlreadyInvited(string accountId) => new(
        DomainErrorCode.Conflict,
        $"Un compte existe déjà pour « {accountId} » : changez ses rôles ou ses appartenances plutôt que de l'inviter à nouveau.",
        $"An account already exists for '{accountId}': change its roles or memberships instead of inviting it again.");

    // One answer for an unknown, mistyped, expired or already used code: the caller learns nothing about which.
    public static DomainException InvitationNotValid() => new(
        DomainErrorCode.Validation,
        "Ce code d'invitation n'est pas valable (inconnu, expiré ou déjà utilisé). Demandez une nouvelle invitation à un administrateur.",
        "This invitation code is not valid (unknown, expired or already used). Ask an administrator for a new invitation.");

    public static DomainException ResetCodeNotValid() => new(
        DomainErrorCode.Validation,
        "Ce code de réinitialisation n'est pas valable (inconnu, expiré ou déjà utilisé). Demandez-en un nouveau à un administrateur.",
        "This reset code is not valid (unknown, expired or already used). Ask an administrator for a new one.");

    public static DomainException WrongCurrentPassword() => new(
        DomainErrorCode.Validation,
        "Le mot de passe actuel n'est pas le bon : rien n'a changé.",
        "The current password is wrong: nothing changed.");

    public static DomainException AlreadyActive(string accountId) => new(
        DomainErrorCode.Conflict,
        $"« {accountId} » a déjà choisi son mot de passe : délivrez-lui un code de réinitialisation, ou invitez-la à nouveau.",
        $"'{accountId}' already set a password: issue a reset code, or invite the person again.");

    public static DomainException NotYetActive(string accountId) => new(
        DomainErrorCode.Conflict,
        $"« {accountId} » n'a pas encore accepté son invitation : renouvelez l'invitation.",
        $"'{accountId}' has not accepted the invitation yet: renew the invitation.");

    public static DomainException Invalid(string messageFr, string messageEn) =>
        new(DomainErrorCode.Validation, messageFr, messageEn);

    public static DomainException SelfDemotion() => new(
        DomainErrorCode.Validation,
        "Il faut au moins un administrateur : vous ne pouvez pas retirer votre propre rôle d'administrateur. Demandez-le à un autre administrateur.",
        "There must be at least one administrator: you cannot remove your own administrator role. Ask another administrator.");

    // The session id is not echoed: the refresh secrets are derived from it.
    public static DomainException SessionAlreadyOpen() => new(
        DomainErrorCode.Conflict,
        "Cette session est déjà ouverte.",
        "This session is already open.");
}
