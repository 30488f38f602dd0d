using Azure.Data.Tables;
using Azure.Identity;
using Cooperation.Silo.Storage.LocalDisk;

namespace Cooperation.Silo.Hosting;

/// <summary>
/// Where the silo keeps its reminders: the durable schedule of the work that must happen even when no one asks (a
/// report falling overdue, an unfinished upload expiring, an invitation lapsing).
/// </summary>
/// <remarks>
/// Beside the grain state, so that both survive the same failures: on a storage account, Azure Table reminders (Azure
/// Storage Tables in Azure, Azurite's table service in local runs), shared by every silo of a cluster, which takes a
/// dead silo's reminders over; in the embedded default, the local-disk reminder table in the data folder, which keeps
/// what it acknowledged through a crash (Azurite does not).
/// </remarks>
public static class ReminderSiloExtensions
{
    /// <summary>
    /// How often a silo reads its share of the reminder table again. A reminder registered while the silo's reminder
    /// service is still taking its range (the seed's, at a first start) is only picked up at that reading: Orleans'
    /// default of 5 minutes left a report's « due soon » notice waiting that long. One small read a minute per silo.
    /// </summary>
    public static readonly TimeSpan RefreshPeriod = TimeSpan.FromMinutes(1);

    public static ISiloBuilder AddCooperationReminders(this ISiloBuilder silo, CooperationStorageOptions storage)
    {
        silo.Configure<ReminderOptions>(options => options.RefreshReminderListPeriod = RefreshPeriod);
        if (storage.OnLocalDisk)
        {
            silo.AddReminders();
            silo.Services.TryAddSingleton<DataDirectories>();
            silo.Services.AddSingleton<IReminderTable>(sp => new LocalDiskReminderTable(sp.GetRequiredService<DataDirectories>().Get(storage.Directory!)));
            return silo;
        }
        return silo.UseAzureTableReminderService(options =>
        {
            options.TableServiceClient = storage.ServiceUri is { } blobs
                ? new TableServiceClient(TableServiceUri(blobs), new DefaultAzureCredential())
                : new TableServiceClient(storage.ConnectionString);
        });
    }

    /// <summary>
    /// The table service of the account whose blob service is <paramref name="blobs"/>: Azure names both after the
    /// account (<c>https://{account}.blob.core.windows.net</c>, <c>https://{account}.table.core.windows.net</c>).
    /// </summary>
    public static Uri TableServiceUri(Uri blobs)
    {
        var host = blobs.Host.Split('.');
        if (host is not [_, "blob", ..])
            throw new OrleansConfigurationException(
                $"{CooperationStorageOptions.Section}:ServiceUri « {blobs} » n'est pas le service d'objets blob d'un compte Azure (https://compte.blob.core.windows.net). / " +
                $"{CooperationStorageOptions.Section}:ServiceUri '{blobs}' is not an Azure account's blob service (https://account.blob.core.windows.net).");
        host[1] = "table";
        return new UriBuilder(blobs) { Host = string.Join('.', host), Path = "/" }.Uri;
    }
}
