namespace Cooperation.Grains.Money.Commands;

/// <summary>Ajouter une ligne budgétaire (North staff).</summary>
[GenerateSerializer, Immutable]
public sealed record AddBudgetLine(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] BudgetLineEntry Line) : Command(ClientMutationId, Actor);
