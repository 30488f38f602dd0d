using static Cooperation.GraphQL.Tests.Access.AccessCase;

namespace Cooperation.GraphQL.Tests.Access;

// The money rows of the access matrix: members and the fund's managers read, North staff write, the South confirms.
public static partial class AccessCases
{
    /// <summary>A year no seed and no other test writes: the matrix's lines and transactions go there.</summary>
    private const int MatrixYear = 2031;

    private static readonly Role[] MoneyReaders = [.. OwnMembers, Role.FundManager];

    private static IReadOnlyList<AccessCase> Money =>
    [
        new("Partnership.money", (_, _) => Doc($"{{ partnership(id: \"{Own}\") {{ money(year: {MatrixYear}) {{ year totals {{ budgeted received byFunder {{ funder }} }} budgetLines {{ label }} transactions {{ euroAmount }} hardware {{ euros }} history {{ nodes {{ action }} }} }} }} }}"),
            AllowedFor(MoneyReaders)),

        new("Mutation.addBudgetLine", (_, _) => Task.FromResult(Change("addBudgetLine", "AddBudgetLineInput", new
        {
            clientMutationId = MatrixContext.Id(), partnershipId = Own, year = MatrixYear, funder = "NORTH_AUTHORITY", label = "Ligne de la matrice d'accès", amount = 1_000m,
        })), AllowedFor(OwnNorth)) { ReadBack = MoneyReadBack },
        new("Mutation.correctBudgetLine", async (m, _) => Change("correctBudgetLine", "CorrectBudgetLineInput", new
        {
            clientMutationId = MatrixContext.Id(), partnershipId = Own, year = MatrixYear, lineId = await FreshLineAsync(m),
            funder = "OTHER_CO_FINANCER", funderName = "Région Occitanie", label = "Ligne corrigée", amount = 1_500m,
        }), AllowedFor(OwnNorth)) { ReadBack = MoneyReadBack },
        new("Mutation.recordMoneyTransaction", (_, _) => Task.FromResult(Change("recordMoneyTransaction", "RecordMoneyTransactionInput",
            MatrixTransaction(MatrixContext.Id()))), AllowedFor(OwnNorth)) { ReadBack = MoneyReadBack },
        new("Mutation.correctMoneyTransaction", async (m, _) => Change("correctMoneyTransaction", "CorrectMoneyTransactionInput",
            new Dictionary<string, object>(MatrixTransactionFields(MatrixContext.Id(), 2_000_000m)) { ["transactionId"] = await FreshTransactionAsync(m) }),
            AllowedFor(OwnNorth)) { ReadBack = MoneyReadBack },

        new("Mutation.confirmFundsReceived", async (m, _) => Change("confirmFundsReceived", "ConfirmFundsReceivedInput", new
        {
            clientMutationId = MatrixContext.Id(), partnershipId = Own, year = MatrixYear, transactionId = await FreshTransactionAsync(m), received = true,
        }), AllowedFor(Role.SouthAgentOwn, Role.Administrator)) { ReadBack = MoneyReadBack },
    ];

    private static ReadBack MoneyReadBack => Admin(_ =>
        $"{{ partnership(id: \"{Own}\") {{ revision money(year: {MatrixYear}) {{ version budgetLines {{ funder label amount }} transactions {{ amount receipt {{ received }} }} }} }} }}");

    private static Dictionary<string, object> MatrixTransactionFields(string clientMutationId, decimal amount) => new()
    {
        ["clientMutationId"] = clientMutationId,
        ["partnershipId"] = Own,
        ["year"] = MatrixYear,
        ["kind"] = "FUNDS_RECEIVED",
        ["date"] = $"{MatrixYear}-03-02",
        ["amount"] = amount,
        ["currency"] = "XOF",
        ["ratePerEuro"] = 655.957m,
        ["provider"] = new { name = "Communauté d'agglomération de Castres-Mazamet", funder = "NORTH_AUTHORITY" },
        ["receiver"] = new { name = "Ville de Guédiawaye", funder = "SOUTH_AUTHORITY" },
        ["description"] = "Virement de la matrice d'accès",
    };

    private static object MatrixTransaction(string clientMutationId) => MatrixTransactionFields(clientMutationId, 1_000_000m);

    /// <summary>A budget line of the matrix's year, added by the administrator, that nobody else touches; its id.</summary>
    private static async Task<string> FreshLineAsync(MatrixContext m)
    {
        var (_, body) = await m.Http.PostGraphQLAsync(
            "mutation($i: AddBudgetLineInput!) { addBudgetLine(input: $i) { money { budgetLines { id } } } }",
            new { i = new { clientMutationId = MatrixContext.Id(), partnershipId = Own, year = MatrixYear, funder = "NORTH_AUTHORITY", label = "Ligne à corriger", amount = 900m } },
            await m.TokenAsync(Role.Administrator));
        return body["data"]?["addBudgetLine"]?["money"]?["budgetLines"]?.AsArray()[^1]?["id"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"Adding the matrix line failed: {body.ToJsonString()}");
    }

    /// <summary>A « fonds reçus » transaction of the matrix's year, recorded by the administrator, that nobody else touches; its id.</summary>
    private static async Task<string> FreshTransactionAsync(MatrixContext m)
    {
        var (_, body) = await m.Http.PostGraphQLAsync(
            "mutation($i: RecordMoneyTransactionInput!) { recordMoneyTransaction(input: $i) { money { transactions { id } } } }",
            new { i = MatrixTransaction(MatrixContext.Id()) }, await m.TokenAsync(Role.Administrator));
        // Transactions are listed by date, then in recording order: the newest of the same date comes last.
        return body["data"]?["recordMoneyTransaction"]?["money"]?["transactions"]?.AsArray()[^1]?["id"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"Recording the matrix transaction failed: {body.ToJsonString()}");
    }
}
