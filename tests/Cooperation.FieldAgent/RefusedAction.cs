namespace Cooperation.FieldAgent;

/// <summary>An action the server refused for good: shown to the agent with the server's reason, never silently dropped.</summary>
/// <param name="Message">"Français / English", as the server wrote it.</param>
public sealed record RefusedAction(OutboxAction Action, string Code, string Message);
