using Cooperation.Grains.Accounts;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace Cooperation.GraphQL.Accounts;

/// <summary>
/// Who is behind a session, kept in this API process for <see cref="Lifetime"/> after the session grain and the
/// account grain said so: a phone sending a day's sync, or a screen reading a partnership, then costs no grain call
/// to say who it is. Keyed by session id, each entry also depends on its account, so that ending one session or
/// changing one account here forgets it at once.
/// </summary>
/// <remarks>
/// Why this is safe: the viewer only lets a request reach the grains, which still check the acting person against
/// the partnership's own member list and her account's roles before they act or answer. A viewer kept here can never
/// make a grain grant what it refuses; at worst the API's early refusal (a field for members only) comes from
/// memberships up to <see cref="Lifetime"/> old. Sign-out, refresh with a copied token, revocation, memberships and
/// roles changed through <em>this</em> process forget the entries at once; done through another API process, they
/// reach this one within <see cref="Lifetime"/> — well inside the 15 minutes a copied access token lives anyway.
/// </remarks>
public sealed class SignedInViewers(IGrainFactory grains) : IDisposable
{
    /// <summary>Short: the longest a sign-out made through another API process may still be honoured here.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    // Bounded: one entry per signed-in device seen within the lifetime, each counted as 1.
    private const int MaxEntries = 50_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxEntries * 2 });

    /// <summary>The active account behind an open session, or null when the session ended or the account is not active.</summary>
    public async Task<AccountAccess?> ReadAsync(string accountId, string sessionId)
    {
        if (_cache.TryGetValue(SessionKey(sessionId), out AccountAccess? known) && known!.AccountId == accountId)
            return known;
        // Taken before asking the grains: a sign-out or a change handled while they answer expires what they said.
        var forgotten = new[] { ScopeOf(SessionKey(sessionId)), ScopeOf(AccountKey(accountId)) };
        if (await grains.GetGrain<ISessionGrain>(sessionId).GetAccountIdAsync() != accountId)
            return null;
        if (await grains.GetGrain<IAccountGrain>(accountId).GetAccessAsync() is not { Status: AccountStatus.Active } access)
            return null;
        var entry = new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 };
        foreach (var scope in forgotten)
            entry.AddExpirationToken(scope);
        _cache.Set(SessionKey(sessionId), access, entry);
        return access;
    }

    /// <summary>Forgets one session at once: signed out, or its refresh token found copied.</summary>
    public void ForgetSession(string sessionId) => Forget(SessionKey(sessionId));

    /// <summary>Forgets every session of an account at once: revoked, or its memberships or roles changed.</summary>
    public void ForgetAccount(string accountId) => Forget(AccountKey(accountId));

    public void Dispose() => _cache.Dispose();

    private static string SessionKey(string sessionId) => $"session:{sessionId}";

    private static string AccountKey(string accountId) => $"account:{accountId}";

    /// <summary>The token that expires every entry depending on <paramref name="key"/> when it is forgotten.</summary>
    private CancellationChangeToken ScopeOf(string key) =>
        _cache.GetOrCreate(("scope", key), scope =>
        {
            // Outlives the entries made while it stands; when it goes (or the cache makes room), so do they.
            scope.AbsoluteExpirationRelativeToNow = Lifetime * 2;
            scope.Size = 1;
            scope.RegisterPostEvictionCallback(static (_, value, _, _) => ((Scope)value!).End());
            return new Scope();
        })!.Token;

    private void Forget(string key)
    {
        if (_cache.TryGetValue(("scope", key), out Scope? scope))
            scope!.End();
        _cache.Remove(("scope", key));
        _cache.Remove(key);
    }

    /// <summary>What the entries of one session or account depend on; ended synchronously, so no request after sees them.</summary>
    private sealed class Scope
    {
        private readonly CancellationTokenSource _ended = new();

        public CancellationChangeToken Token { get; }

        public Scope() => Token = new CancellationChangeToken(_ended.Token);

        public void End() => _ended.Cancel();
    }
}
