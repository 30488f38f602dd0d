namespace Cooperation.Grains.Common;

/// <summary>
/// Why a command was refused. The API maps each value to one GraphQL <c>extensions.code</c>.
/// </summary>
public enum DomainErrorCode
{
    /// <summary>The input breaks a rule of the domain (empty title, progress over 100…).</summary>
    Validation,

    /// <summary>The thing asked for does not exist.</summary>
    NotFound,

    /// <summary>The command was based on a state that has changed since.</summary>
    Conflict,

    /// <summary>The acting person may not do this.</summary>
    Forbidden,
}
