using Cooperation.Silo.Hosting;
using Cooperation.Silo.Storage.LocalDisk;

// `import-blobs`: moves the data of a storage account (an earlier ./run's Azurite) into a local-disk data folder.
if (args is [BlobImportCommand.Verb, .. var options])
    return await BlobImportCommand.RunAsync(options);

// A silo on its own, without the API: the shape the scaled-out deployment runs several of.
var builder = Host.CreateApplicationBuilder(args);
builder.AddCooperationSilo();
await builder.Build().RunAsync();
return 0;
