using System.Text;
using Cooperation.Testing;
using MimeKit;
using netDumbster.smtp;

namespace Cooperation.GraphQL.Tests.Fixtures;

/// <summary>
/// An SMTP server in this process (netDumbster) that keeps every mail it is handed, read back as MimeKit messages: what a
/// host configured with <see cref="Settings"/> mails, as a person's mailbox would receive it.
/// </summary>
public sealed class MailCatcher : IDisposable
{
    private readonly SimpleSmtpServer _server = SimpleSmtpServer.Start(EmbeddedApi.FreePort());

    /// <summary>The host's mail settings: this server, without TLS.</summary>
    public IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Cooperation:Mail:Host"] = "127.0.0.1",
        ["Cooperation:Mail:Port"] = _server.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Cooperation:Mail:UseTls"] = "false",
        ["Cooperation:Mail:From"] = "Coopération <avis@cooperation.example>",
    };

    /// <summary>Every mail received so far, to <paramref name="address"/>.</summary>
    public IReadOnlyList<MimeMessage> To(string address) =>
        [.. _server.ReceivedEmail
            .Where(m => m.ToAddresses.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase)))
            .Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data))))];

    /// <summary>Waits (five minutes at most: a reminder's mail comes at its pace on a loaded machine) until a mail to <paramref name="address"/> matches; answers every one that does.</summary>
    public async Task<IReadOnlyList<MimeMessage>> AwaitAsync(string address, Func<MimeMessage, bool> matches)
    {
        for (var i = 0; i < 3000 && !To(address).Any(matches); i++)
            await Task.Delay(100, TestContext.Current.CancellationToken);
        return [.. To(address).Where(matches)];
    }

    public void Dispose() => _server.Dispose();
}
