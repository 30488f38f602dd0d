namespace Cooperation.Grains.Accounts;

/// <summary>Where an account stands.</summary>
public enum AccountStatus
{
    /// <summary>Invité: the invitation code has not been used yet.</summary>
    Invited,

    /// <summary>Actif: the person set a password and can sign in.</summary>
    Active,
}
