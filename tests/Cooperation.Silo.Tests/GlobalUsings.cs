global using Cooperation.Silo.Storage;
global using Cooperation.Silo.Tests.Fixtures;
global using Orleans;
global using Orleans.Runtime;
global using Orleans.Storage;
global using Xunit;
