global using Cooperation.Grains.Common;
global using Orleans;
global using Orleans.Runtime;
global using Orleans.Concurrency;
