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

        // Every session is ended before the list is cleared: if one call fails, a retry ends them all again.
        var sessions = State.Sessions.ToList();
        await Task.WhenAll(sessions.Select(s => grains.GetGrain<ISessionGrain>(s).RevokeAsync()));
        State.Sessions.Clear();
        State.Revision++;
        _history.Append(new HistoryEntry(
            State.Revision, time.GetUtcNow(), actor, "SessionsRevoked", Key, null, null,
            sessions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), NoClientMutationId));
        await PersistAsync();
    }
}
