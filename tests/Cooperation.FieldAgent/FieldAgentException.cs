namespace Cooperation.FieldAgent;

/// <summary>The server refused a whole request (not one action of it), or the link stayed down past every retry. The outbox is unchanged.</summary>
public sealed class FieldAgentException(string message, Exception? inner = null) : Exception(message, inner);
