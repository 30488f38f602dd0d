global using System.Net.Sockets;
global using Cooperation.LinkEmulator.Tests.Fixtures;
global using Xunit;
