using Microsoft.Extensions.Hosting;

namespace Cooperation.Silo.Storage.LocalDisk;

/// <summary>
/// Takes the data folder when the host starts, before the silo: a second <c>./run</c> on the same data stops right
/// there with <see cref="DataDirectoryInUseException"/>'s message, rather than deep inside the silo's start.
/// </summary>
public sealed class DataDirectoryClaim(DataDirectory directory) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        directory.Claim();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
