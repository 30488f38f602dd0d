using System.Collections.Concurrent;
using Cooperation.Grains.Notices;

namespace Cooperation.Grains.Tests.Fixtures;

/// <summary>
/// The cluster's SMTP relay, in memory: every mail it accepted, by address. Each test uses addresses of its own. A test
/// sets <see cref="Refusing"/> to have the relay refuse mail for an address, as one that is down would.
/// </summary>
public sealed class TestMail : IMailSender
{
    private readonly ConcurrentQueue<OutgoingMail> _accepted = new();

    public bool Enabled => true;

    /// <summary>Addresses whose mail the relay refuses, for now.</summary>
    public ConcurrentDictionary<string, bool> Refusing { get; } = new();

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        if (Refusing.ContainsKey(mail.To))
            throw new IOException("The relay refused the mail.");
        _accepted.Enqueue(mail);
        return Task.CompletedTask;
    }

    /// <summary>The mail accepted for <paramref name="address"/>, in order.</summary>
    public IReadOnlyList<OutgoingMail> To(string address) => [.. _accepted.Where(m => m.To == address)];

    /// <summary>Waits (a few seconds at most) until <paramref name="address"/> has <paramref name="count"/> mails; answers them.</summary>
    public async Task<IReadOnlyList<OutgoingMail>> AwaitAsync(string address, int count)
    {
        for (var i = 0; i < 100 && To(address).Count < count; i++)
            await Task.Delay(50);
        return To(address);
    }

    /// <summary>Waits (a few seconds at most) for the mail of the notice <paramref name="id"/> to <paramref name="address"/>; answers every one.</summary>
    public async Task<IReadOnlyList<OutgoingMail>> AwaitAsync(string address, string id)
    {
        for (var i = 0; i < 100 && !To(address).Any(m => m.Id == id); i++)
            await Task.Delay(50);
        return [.. To(address).Where(m => m.Id == id)];
    }
}
