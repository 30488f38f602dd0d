namespace Cooperation.Grains.Partnerships;

/// <summary>
/// L'annuaire des partenariats: the public list of every established partnership. Key: <see cref="PartnershipDirectoryGrain.Key"/>.
/// </summary>
public interface IPartnershipDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Adds a partnership's slug; adding it again changes nothing.</summary>
    Task RegisterAsync(string slug);

    /// <summary>Returns every slug, in the order the partnerships were established.</summary>
    Task<IReadOnlyList<string>> ListAsync();
}
