namespace Cooperation.Grains.Accounts;

/// <inheritdoc cref="ISessionGrain"/>
public sealed class SessionGrain(
    [PersistentState("session", StorageNames.Cooperation)] IPersistentState<SessionState> state,
    TimeProvider time) : Grain, ISessionGrain
{
    private static readonly SessionRotation Ended = new(SessionRotationOutcome.Ended, null, 0);

    private SessionState State => state.State;

    async Task ISessionGrain.OpenAsync(string accountId, DateTimeOffset expiresAt)
    {
        if (State.AccountId is not null)
            throw AccountErrors.SessionAlreadyOpen();
        if (string.IsNullOrWhiteSpace(accountId))
            throw AccountErrors.Invalid("Une session appartient à un compte.", "A session belongs to an account.");
        var now = time.GetUtcNow();
        if (expiresAt <= now)
            throw AccountErrors.Invalid("Une session doit expirer dans le futur.", "A session must expire in the future.");

        State.AccountId = accountId;
        State.Generation = 1;
        State.LastRotatedAt = now;
        State.ExpiresAt = expiresAt;
        await PersistAsync();
    }

    async Task<SessionRotation> ISessionGrain.RotateAsync(int presentedGeneration, DateTimeOffset expiresAt)
    {
        if (State.AccountId is not { } accountId || State.Ended)
            return Ended;
        var now = time.GetUtcNow();
        if (now > State.ExpiresAt)
        {
            await EndAsync();
            return new SessionRotation(SessionRotationOutcome.Expired, null, 0);
        }

        if (presentedGeneration == State.Generation)
        {
            State.Generation++;
            State.LastRotatedAt = now;
            State.ExpiresAt = expiresAt;
            await PersistAsync();
            return new SessionRotation(SessionRotationOutcome.Rotated, accountId, State.Generation);
        }

        // The generation just replaced, shortly after: the phone never received the answer and asks again.
        // It gets the current generation, and nothing changes.
        if (presentedGeneration == State.Generation - 1 && presentedGeneration >= 1 && now - State.LastRotatedAt <= ISessionGrain.RetryGrace)
            return new SessionRotation(SessionRotationOutcome.Rotated, accountId, State.Generation);

        // An older generation was copied: end the session for everyone who holds it.
        if (presentedGeneration >= 1 && presentedGeneration < State.Generation)
        {
            await EndAsync();
            return new SessionRotation(SessionRotationOutcome.ReuseDetected, null, 0);
        }

        // A generation this session never gave out.
        return Ended;
    }

    Task<string?> ISessionGrain.GetAccountIdAsync() =>
        Task.FromResult(State.Ended || time.GetUtcNow() > State.ExpiresAt ? null : State.AccountId);

    async Task ISessionGrain.RevokeAsync()
    {
        // An unknown session has nothing to end, and writes nothing.
        if (State.AccountId is null || State.Ended)
            return;
        await EndAsync();
    }

    private async Task EndAsync()
    {
        State.Ended = true;
        await PersistAsync();
    }

    private Task PersistAsync() => state.WriteOrDeactivateAsync(this);
}
