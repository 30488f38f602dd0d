using Cooperation.GraphQL.Hosting;

// The embedded default: the API and a silo in one process (DESIGN §2).
var builder = WebApplication.CreateBuilder(args);
builder.AddCooperationApi();

var app = builder.Build();
app.MapCooperationApi();
app.Run();
