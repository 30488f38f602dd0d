namespace Cooperation.Grains.Funding.Reviews;

/// <summary>
/// The applications a reviewer was assigned to, so their list needs no scan. Key: the reviewer's account key.
/// </summary>
public interface IReviewerIndexGrain : IGrainWithStringKey
{
    /// <summary>Adds an application (sent by the application after the assignment's durable write); a repeat changes nothing.</summary>
    Task RegisterAsync(string applicationKey);

    /// <summary>The application keys, in the order assigned; to the reviewer themselves and to managers.</summary>
    Task<IReadOnlyList<string>> ListAsync(Actor actor);
}
