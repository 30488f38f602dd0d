namespace Cooperation.Grains.Funding.Calls;

/// <summary>La liste des appels à projets: every call's code, newest year first. Key: <see cref="FundCallDirectoryGrain.Key"/>.</summary>
public interface IFundCallDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Adds a call (sent by the call after its creation); a repeat changes nothing.</summary>
    Task RegisterAsync(string code, int year);

    Task<IReadOnlyList<string>> ListAsync();
}
