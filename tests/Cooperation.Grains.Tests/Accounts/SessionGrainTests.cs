using Cooperation.Grains.Accounts;

namespace Cooperation.Grains.Tests.Accounts;

[Collection(ClusterCollection.Name)]
public sealed class SessionGrainTests(ClusterFixture cluster)
{
    private const string AccountId = "agent@guediawaye.example";

    private IGrainFactory Grains => cluster.Grains;

    private DateTimeOffset InThirtyDays => cluster.Time.GetUtcNow().AddDays(30);

    private async Task<ISessionGrain> OpenAsync(DateTimeOffset? expiresAt = null)
    {
        var session = Grains.GetGrain<ISessionGrain>(Guid.NewGuid().ToString("N"));
        await session.OpenAsync(AccountId, expiresAt ?? InThirtyDays);
        return session;
    }

    /// <summary>An open session belongs to its account; the current generation rotates to the next.</summary>
    [Fact]
    public async Task Rotate_CurrentGeneration_NextGeneration()
    {
        var session = await OpenAsync();

        Assert.Equal(AccountId, await session.GetAccountIdAsync());
        Assert.Equal(new SessionRotation(SessionRotationOutcome.Rotated, AccountId, 2), await session.RotateAsync(1, InThirtyDays));
        Assert.Equal(new SessionRotation(SessionRotationOutcome.Rotated, AccountId, 3), await session.RotateAsync(2, InThirtyDays));
    }

    /// <summary>The generation just replaced, presented again within the grace, gets the same answer and changes nothing.</summary>
    [Fact]
    public async Task Rotate_PreviousGenerationWithinGrace_SameGeneration()
    {
        var session = await OpenAsync();
        await session.RotateAsync(1, InThirtyDays);

        cluster.Time.Advance(ISessionGrain.RetryGrace);
        var retried = await session.RotateAsync(1, InThirtyDays);

        Assert.Equal(new SessionRotation(SessionRotationOutcome.Rotated, AccountId, 2), retried);
        Assert.Equal(3, (await session.RotateAsync(2, InThirtyDays)).Generation);
    }

    /// <summary>The generation just replaced, presented after the grace, was copied: the session ends.</summary>
    [Fact]
    public async Task Rotate_PreviousGenerationAfterGrace_ReuseDetectedAndEnded()
    {
        var session = await OpenAsync();
        await session.RotateAsync(1, InThirtyDays);

        cluster.Time.Advance(ISessionGrain.RetryGrace + TimeSpan.FromSeconds(1));
        var reused = await session.RotateAsync(1, InThirtyDays);

        Assert.Equal(SessionRotationOutcome.ReuseDetected, reused.Outcome);
        Assert.Null(await session.GetAccountIdAsync());
        Assert.Equal(SessionRotationOutcome.Ended, (await session.RotateAsync(2, InThirtyDays)).Outcome);
    }

    /// <summary>An older generation than the one just replaced ends the session even within the grace.</summary>
    [Fact]
    public async Task Rotate_OlderGeneration_ReuseDetectedAndEnded()
    {
        var session = await OpenAsync();
        await session.RotateAsync(1, InThirtyDays);
        await session.RotateAsync(2, InThirtyDays);

        var reused = await session.RotateAsync(1, InThirtyDays);

        Assert.Equal(SessionRotationOutcome.ReuseDetected, reused.Outcome);
        Assert.Null(await session.GetAccountIdAsync());
        Assert.Equal(SessionRotationOutcome.Ended, (await session.RotateAsync(3, InThirtyDays)).Outcome);
    }

    /// <summary>A generation the session never gave out is refused and the session goes on.</summary>
    [Fact]
    public async Task Rotate_FutureGeneration_EndedWithoutChange()
    {
        var session = await OpenAsync();

        Assert.Equal(SessionRotationOutcome.Ended, (await session.RotateAsync(5, InThirtyDays)).Outcome);
        Assert.Equal(SessionRotationOutcome.Ended, (await session.RotateAsync(0, InThirtyDays)).Outcome);
        Assert.Equal(AccountId, await session.GetAccountIdAsync());
        Assert.Equal(2, (await session.RotateAsync(1, InThirtyDays)).Generation);
    }

    /// <summary>A session used after its expiry is expired and ended; a rotation before it moves the expiry.</summary>
    [Fact]
    public async Task Rotate_AfterExpiry_ExpiredAndEnded()
    {
        var session = await OpenAsync(cluster.Time.GetUtcNow().AddHours(1));
        cluster.Time.Advance(TimeSpan.FromMinutes(50));
        await session.RotateAsync(1, cluster.Time.GetUtcNow().AddHours(1));

        cluster.Time.Advance(TimeSpan.FromMinutes(50));
        Assert.Equal(AccountId, await session.GetAccountIdAsync());
        cluster.Time.Advance(TimeSpan.FromMinutes(11));

        Assert.Null(await session.GetAccountIdAsync());
        Assert.Equal(SessionRotationOutcome.Expired, (await session.RotateAsync(2, InThirtyDays)).Outcome);
        Assert.Equal(SessionRotationOutcome.Ended, (await session.RotateAsync(2, InThirtyDays)).Outcome);
    }

    /// <summary>A revoked session is ended for good; revoking again changes nothing.</summary>
    [Fact]
    public async Task Rotate_Revoked_Ended()
    {
        var session = await OpenAsync();

        await session.RevokeAsync();
        await session.RevokeAsync();

        Assert.Null(await session.GetAccountIdAsync());
        Assert.Equal(new SessionRotation(SessionRotationOutcome.Ended, null, 0), await session.RotateAsync(1, InThirtyDays));
    }

    /// <summary>A session that was never opened is no one's.</summary>
    [Fact]
    public async Task Rotate_UnknownSession_Ended()
    {
        var session = Grains.GetGrain<ISessionGrain>(Guid.NewGuid().ToString("N"));

        Assert.Null(await session.GetAccountIdAsync());
        Assert.Equal(SessionRotationOutcome.Ended, (await session.RotateAsync(1, InThirtyDays)).Outcome);
    }

    /// <summary>Opening a session id twice is a conflict and keeps the first.</summary>
    [Fact]
    public async Task Open_Twice_Conflict()
    {
        var session = await OpenAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => session.OpenAsync("autre@besancon.example", InThirtyDays));

        Assert.Equal(DomainErrorCode.Conflict, error.Code);
        Assert.Equal(AccountId, await session.GetAccountIdAsync());
    }
}
