using Cooperation.Silo.Hosting;

// A silo on its own, without the API: the shape the scaled-out deployment runs several of.
var builder = Host.CreateApplicationBuilder(args);
builder.AddCooperationSilo();
await builder.Build().RunAsync();
