using Cooperation.Grains.Notices;

namespace Cooperation.Silo.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>The relay of <c>Cooperation:Mail</c> when a host is set; otherwise mail is off and notices stay in the app.</summary>
    public static IServiceCollection AddNoticeMail(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(MailOptions.Section).Get<MailOptions>() ?? new();
        services.TryAddSingleton<IMailSender>(options.Enabled ? new SmtpMailSender(options) : new NoMail());
        return services;
    }
}
