using Cooperation.Grains.Uploads;
using Cooperation.Silo.Storage.LocalDisk;

namespace Cooperation.Grains.Tests.Uploads;

/// <summary>Photos on the local disk, as the embedded default keeps them, in a temporary folder of this fixture's own.</summary>
public sealed class LocalDiskUploadClusterFixture : UploadClusterFixture
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cooperation-tests", $"uploads-{Guid.NewGuid():N}");
    private DataDirectory? _directory;

    protected override IAttachmentStore CreateStore()
    {
        _directory = new DataDirectory(_folder);
        return new LocalDiskAttachmentStore(_directory, "attachments");
    }

    protected override ValueTask DeleteStoreAsync()
    {
        _directory?.Dispose();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class LocalDiskUploadClusterCollection : ICollectionFixture<LocalDiskUploadClusterFixture>
{
    public const string Name = "LocalDiskUploadCluster";
}
