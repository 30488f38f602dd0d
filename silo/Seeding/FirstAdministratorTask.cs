using Cooperation.Grains.Accounts;
using Cooperation.Grains.Accounts.Commands;
using Cooperation.Grains.Common;
using Cooperation.Silo.Hosting;

namespace Cooperation.Silo.Seeding;

/// <summary>
/// Gives a new deployment its first administrator: the account named by <c>Cooperation:Silo:FirstAdministrator</c>,
/// active with the password kept in the vault (<c>FirstAdministratorPassword</c>), who then invites everyone else.
/// </summary>
/// <remarks>
/// Without it a production instance, which has no demo people, would have nobody who may invite anybody. The
/// invitation carries a fixed client mutation id, so every later start is a no-op, and an account already active is
/// never touched again: the administrator's own new password is not reset by a restart. An address someone else has
/// already invited is left alone, with a warning, rather than given a password that person did not choose.
/// </remarks>
public sealed partial class FirstAdministratorTask(IGrainFactory grains, CooperationSiloOptions options, ILogger<FirstAdministratorTask> logger)
    : IStartupTask
{
    public const string ClientMutationId = "seed:first-administrator";

    public async Task Execute(CancellationToken cancellationToken)
    {
        var email = options.FirstAdministrator!;
        var password = options.FirstAdministratorPassword is { Length: > 0 } p ? p : throw new InvalidOperationException(
            $"{CooperationSiloOptions.Section}:FirstAdministratorPassword est requis avec FirstAdministrator. / " +
            $"{CooperationSiloOptions.Section}:FirstAdministratorPassword is required with FirstAdministrator.");
        var account = grains.GetGrain<IAccountGrain>(AccountRules.Key(email));
        try
        {
            await DemoPeopleSeeder.ActivateAsync(account, () => account.InviteAsync(new InvitePerson(
                ClientMutationId, Actor.Seed, "Administration", [AccountRole.Administrator], [])), password);
            LogInPlace(logger, email);
        }
        catch (DomainException e) when (e.Code == DomainErrorCode.Conflict)
        {
            LogInvitedByOthers(logger, email);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "First administrator in place: {Email}")]
    private static partial void LogInPlace(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "{Email} a déjà été invité par quelqu'un d'autre : rien n'est changé. / {Email} was already invited by someone else: nothing changed.")]
    private static partial void LogInvitedByOthers(ILogger logger, string email);
}
