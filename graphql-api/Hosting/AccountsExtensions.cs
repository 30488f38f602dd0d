using Cooperation.GraphQL.Accounts;

namespace Cooperation.GraphQL.Hosting;

/// <summary>Registers sign-in: the signing key, tokens, the per-address limiter and the signed-in viewers kept briefly.</summary>
public static class AccountsExtensions
{
    public static WebApplicationBuilder AddCooperationAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section);
        builder.Services.AddSingleton<SigningKey>();
        builder.Services.AddSingleton<TokenService>();
        builder.Services.AddSingleton<SignInLimiter>();
        builder.Services.AddSingleton<SignedInViewers>();
        builder.Services.AddHttpContextAccessor();
        return builder;
    }
}
