global using System.Net;
global using System.Text.Json.Nodes;
global using Cooperation.GraphQL.Tests.Fixtures;
global using Xunit;
