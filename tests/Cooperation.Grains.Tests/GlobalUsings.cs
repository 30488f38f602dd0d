global using Cooperation.Grains.Common;
global using Cooperation.Grains.Partnerships;
global using Cooperation.Grains.Partnerships.Commands;
global using Cooperation.Grains.Tests.Fixtures;
global using Orleans;
global using Xunit;
