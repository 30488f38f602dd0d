namespace Cooperation.Grains.Notices;

/// <summary>
/// Hands a mail to the SMTP relay set by configuration. Returns once the relay accepted it; throws otherwise, and the
/// outbox keeps the mail for the next try.
/// </summary>
public interface IMailSender
{
    /// <summary>False when no relay is configured: notices stay in the app, nothing is queued for mail.</summary>
    bool Enabled { get; }

    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}

/// <summary>No relay configured: mail is off, notices are kept in the app only.</summary>
public sealed class NoMail : IMailSender
{
    public bool Enabled => false;

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Mail is off: no SMTP relay is configured.");
}
