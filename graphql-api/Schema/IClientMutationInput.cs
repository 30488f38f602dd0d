namespace Cooperation.GraphQL.Schema;

/// <summary>
/// A mutation's input, which names the action by the id its client gave it: how a grain recognises a repeat, and how
/// a sync batch reports each action's result.
/// </summary>
public interface IClientMutationInput
{
    string ClientMutationId { get; }
}
