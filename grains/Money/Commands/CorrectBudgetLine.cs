namespace Cooperation.Grains.Money.Commands;

/// <summary>Corriger une ligne budgétaire (North staff): the entry replaces the line's funder, label and amount.</summary>
/// <param name="ExpectedVersion">The ledger version the person was looking at; when it moved on since, CONFLICT.</param>
[GenerateSerializer, Immutable]
public sealed record CorrectBudgetLine(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string LineId,
    [property: Id(1)] BudgetLineEntry Line,
    [property: Id(2)] long? ExpectedVersion = null) : Command(ClientMutationId, Actor)
{
    public override string? Subject => LineId;
}
