namespace Cooperation.LinkEmulator;

/// <summary>An HTTP request the proxy saw start, as shown to <see cref="LinkProxyOptions.DropExchange"/>.</summary>
/// <param name="Number">1 for the first request through this proxy, then in the order requests start.</param>
/// <param name="Connection">1 for the first connection through this proxy, then in accept order.</param>
/// <param name="Method">The request's method, e.g. POST.</param>
/// <param name="Target">The request's target, e.g. /graphql.</param>
public sealed record ExchangeInfo(long Number, long Connection, string Method, string Target);
