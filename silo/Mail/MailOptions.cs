namespace Cooperation.Silo.Mail;

/// <summary>
/// The SMTP relay notices are mailed through; bound from <c>Cooperation:Mail</c>. Without a host, mail is off and
/// notices stay in the app. The password comes from configuration (a Key Vault reference on Azure), never from a file
/// kept with the code.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Cooperation:Mail";

    /// <summary>The relay's host name; empty: mail off.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>The sender's address (« Coopération &lt;avis@example.org&gt; » or a bare address).</summary>
    public string From { get; set; } = "Coopération <avis@cooperation.invalid>";

    /// <summary>STARTTLS (or TLS on port 465); off only for a local catcher.</summary>
    public bool UseTls { get; set; } = true;

    /// <summary>The relay's user name; empty: no authentication.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
