namespace Cooperation.Grains.Accounts;

// The sessions a person opened, remembered so that one revocation ends them all at once.
public sealed partial class AccountGrain
{
    async Task IAccountGrain.RegisterSessionAsync(string sessionId)
    {
        if (string.IsNullOrWhiteSpace(sessionId) || sessionId.Length > MaxSessionIdLength)
            throw AccountErrors.Invalid(
                $"Identifiant de session absent ou trop long ({MaxSessionIdLength} caractères au plus).",
                $"Session id missing or too long (at most {MaxSessionIdLength} characters).");
        RequireExists();
        if (State.Sessions.Contains(sessionId))
            return;

        // Ended before they are forgotten: a failed write then leaves at most ended sessions in the list.
        var oldest = State.Sessions.Take(Math.Max(0, State.Sessions.Count - MaxOpenSessions + 1)).ToList();
        await Task.WhenAll(oldest.Select(s => grains.GetGrain<ISessionGrain>(s).RevokeAsync()));
        State.Sessions.RemoveRange(0, oldest.Count);
        State.Sessions.Add(sessionId);
        await PersistAsync();
    }

    async Task IAccountGrain.RevokeSessionsAsync(Actor actor)
    {
        await RequireSelfOrAdministratorAsync(actor);

        var ended = await EndSessionsAsync(keep: null);
        State.Revision++;
        _history.Append(new HistoryEntry(
            State.Revision, time.GetUtcNow(), actor, "SessionsRevoked", Key, null, null, Count(ended), NoClientMutationId));
        await PersistAsync();
    }

    /// <summary>
    /// Ends every open session but <paramref name="keep"/> and forgets them (written with the caller's change); returns
    /// how many ended. Each is ended before the list is cleared: if one call fails, a retry ends them all again.
    /// </summary>
    private async Task<int> EndSessionsAsync(string? keep)
    {
        var ending = State.Sessions.Where(s => s != keep).ToList();
        await Task.WhenAll(ending.Select(s => grains.GetGrain<ISessionGrain>(s).RevokeAsync()));
        State.Sessions.RemoveAll(s => s != keep);
        return ending.Count;
    }
}
