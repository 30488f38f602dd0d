using Azure.Identity;
using Azure.Storage.Blobs;
using Cooperation.Silo.Hosting;

namespace Cooperation.Silo.Storage;

/// <summary>Registers the one client of the storage account that grain state and photos share.</summary>
public static class BlobServiceServiceCollectionExtensions
{
    /// <summary>
    /// A <see cref="BlobServiceClient"/> singleton for <paramref name="storage"/>'s account: its service URI reached with
    /// <see cref="DefaultAzureCredential"/> (the managed identity in Azure, the developer's sign-in locally), else its
    /// connection string (Azurite, or an account key). Registered once, whoever asks first.
    /// </summary>
    /// <remarks>One client, so one connection pool and one retry policy for the whole account.</remarks>
    public static IServiceCollection AddBlobService(this IServiceCollection services, CooperationStorageOptions storage)
    {
        services.TryAddSingleton(_ => storage.ServiceUri is { } uri
            ? new BlobServiceClient(uri, new DefaultAzureCredential())
            : new BlobServiceClient(storage.ConnectionString
                ?? throw new InvalidOperationException(
                    $"Set {CooperationStorageOptions.Section}:ConnectionString or :ServiceUri to use a storage account.")));
        return services;
    }
}
