global using Microsoft.Extensions.DependencyInjection.Extensions;
global using Orleans;
global using Orleans.Hosting;
global using Orleans.Runtime;
