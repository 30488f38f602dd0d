using System.Globalization;
using Cooperation.Grains.Funding.Calls;

namespace Cooperation.Grains.Funding.Applications;

/// <summary>What the checklist checks.</summary>
public enum ChecklistCheck
{
    Title,
    Description,
    ExpectedResults,

    /// <summary>Requested amount above zero and within the call's envelope.</summary>
    RequestedAmount,

    /// <summary>Budget total = requested amount + co-financing total.</summary>
    BudgetBalanced,

    /// <summary>A required piece is attached (<see cref="ChecklistItem.Piece"/> says which).</summary>
    RequiredPiece,
}

/// <summary>One line of an application's checklist, with what to do when it is not met.</summary>
/// <param name="Piece">For <see cref="ChecklistCheck.RequiredPiece"/>, the kind of piece.</param>
[GenerateSerializer, Immutable]
public sealed record ChecklistItem(
    [property: Id(0)] ChecklistCheck Check,
    [property: Id(1)] PieceKind? Piece,
    [property: Id(2)] bool Satisfied,
    [property: Id(3)] string MessageFr,
    [property: Id(4)] string MessageEn);

/// <summary>
/// La liste de contrôle du dossier: shown while drafting, enforced at filing. Every required piece must be attached,
/// and the amounts must hold together: requested ≤ envelope, budget total = requested + co-financing.
/// </summary>
public static class Checklist
{
    public static IReadOnlyList<ChecklistItem> Of(FundCall call, ApplicationContent content)
    {
        var fr = CultureInfo.GetCultureInfo("fr-FR");
        string Euros(decimal amount) => amount.ToString("#,0.##", fr) + " €";
        string EurosEn(decimal amount) => "EUR " + amount.ToString("#,0.##", CultureInfo.InvariantCulture);
        var items = new List<ChecklistItem>
        {
            Text(ChecklistCheck.Title, content.Title, "l'intitulé du projet", "the project title"),
            Text(ChecklistCheck.Description, content.Description, "la description du projet", "the project description"),
            Text(ChecklistCheck.ExpectedResults, content.ExpectedResults, "les résultats attendus", "the expected results"),
        };

        var requested = content.RequestedAmount;
        items.Add(requested <= 0
            ? new(ChecklistCheck.RequestedAmount, null, false, "indiquez le montant demandé au Fonds", "state the amount requested from the fund")
            : requested > call.Envelope
                ? new(ChecklistCheck.RequestedAmount, null, false,
                    $"le montant demandé ({Euros(requested)}) dépasse l'enveloppe de l'appel ({Euros(call.Envelope)})",
                    $"the requested amount ({EurosEn(requested)}) is more than the call's envelope ({EurosEn(call.Envelope)})")
                : new(ChecklistCheck.RequestedAmount, null, true,
                    $"montant demandé : {Euros(requested)}, dans l'enveloppe de {Euros(call.Envelope)}",
                    $"requested amount: {EurosEn(requested)}, within the envelope of {EurosEn(call.Envelope)}"));

        var expected = requested + content.CoFinancingTotal;
        items.Add(content.Budget.Count > 0 && content.BudgetTotal == expected
            ? new(ChecklistCheck.BudgetBalanced, null, true,
                $"budget équilibré : {Euros(content.BudgetTotal)} = montant demandé + cofinancements",
                $"balanced budget: {EurosEn(content.BudgetTotal)} = requested amount + co-financing")
            : new(ChecklistCheck.BudgetBalanced, null, false,
                $"le total du budget ({Euros(content.BudgetTotal)}) doit égaler le montant demandé plus les cofinancements ({Euros(expected)})",
                $"the budget total ({EurosEn(content.BudgetTotal)}) must equal the requested amount plus co-financing ({EurosEn(expected)})"));

        foreach (var kind in call.RequiredPieces)
        {
            var attached = content.Pieces.Any(p => p.Kind == kind);
            items.Add(new(ChecklistCheck.RequiredPiece, kind, attached,
                attached ? $"pièce jointe : {PieceKindNames.French(kind)}" : $"joignez {PieceKindNames.French(kind)}",
                attached ? $"piece attached: {PieceKindNames.English(kind)}" : $"attach {PieceKindNames.English(kind)}"));
        }
        return items;
    }

    private static ChecklistItem Text(ChecklistCheck check, string text, string whatFr, string whatEn) => text.Length > 0
        ? new(check, null, true, $"{whatFr} : rempli", $"{whatEn}: filled in")
        : new(check, null, false, $"remplissez {whatFr}", $"fill in {whatEn}");
}
