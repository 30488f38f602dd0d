global using Cooperation.Grains.Common;
global using GraphQL;
global using GraphQL.Types;
global using Orleans;
