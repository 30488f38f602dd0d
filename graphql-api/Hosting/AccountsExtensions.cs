using Cooperation.GraphQL.Accounts;

namespace Cooperation.GraphQL.Hosting;

/// <summary>Registers sign-in: the signing key, tokens and the per-address limiter.</summary>
public static class AccountsExtensions
{
    public static WebApplicationBuilder AddCooperationAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section);
        builder.Services.AddSingleton<SigningKey>();
        builder.Services.AddSingleton<TokenService>();
        builder.Services.AddSingleton<SignInLimiter>();
        builder.Services.AddHttpContextAccessor();
        return builder;
    }
}
