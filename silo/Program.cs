using Cooperation.Silo.Hosting;
using Cooperation.Silo.Operations;
using Cooperation.Silo.Storage.LocalDisk;

// `import-blobs`: moves the data of a storage account (an earlier ./run's Azurite) into a local-disk data folder.
if (args is [BlobImportCommand.Verb, .. var options])
    return await BlobImportCommand.RunAsync(options);

// A silo on its own, without the API: the shape the scaled-out deployment runs several of. It answers only the health
// probes, on Cooperation:Health:Port (a free loopback port when none is set).
var builder = WebApplication.CreateBuilder(args);
builder.AddCooperationSilo();
builder.AddCooperationSiloOperations();
var app = builder.Build();
app.MapCooperationHealth();
await app.RunAsync();
return 0;
