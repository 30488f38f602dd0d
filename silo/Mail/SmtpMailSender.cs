using Cooperation.Grains.Notices;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Cooperation.Silo.Mail;

/// <summary>
/// Sends notices through the configured SMTP relay with MailKit, one connection per mail: notices are few, and a
/// connection kept open would only time out between them. The Message-Id comes from the notice's id, so that a mail
/// sent again after a lost acknowledgement is recognisably the same one.
/// </summary>
public sealed class SmtpMailSender(MailOptions options) : IMailSender
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public bool Enabled => options.Enabled;

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var message = new MimeMessage
        {
            Subject = mail.Subject,
            Body = new TextPart("plain") { Text = mail.Text },
            MessageId = MessageIdOf(mail.Id),
        };
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Headers.Add("Content-Language", "fr, en");

        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        var security = !options.UseTls ? SecureSocketOptions.None
            : options.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        await client.ConnectAsync(options.Host!, options.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(options.User))
            await client.AuthenticateAsync(options.User, options.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    /// <summary>A Message-Id made of the notice's id: letters, digits and dots kept, the rest hexadecimal.</summary>
    internal static string MessageIdOf(string id)
    {
        var local = string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c.ToString() : $"_{(int)c:x2}"));
        return $"{local}@{MessageIdDomain}";
    }

    private const string MessageIdDomain = "notices.cooperation";
}
