namespace Cooperation.GraphQL.Tests.Money;

[Collection(ApiCollection.Name)]
public sealed class MoneyApiTests(ApiFixture api)
{
    private const string Slug = "e-administration-plateau";

    /// <summary>A year no seed writes: these tests' transactions go there.</summary>
    private const int Year = 2027;

    private const string MoneyQuery = """
        query($id: ID!, $year: Int!) {
          partnership(id: $id) {
            money(year: $year) {
              year version
              totals { budgeted committed received disbursed spent byFunder { funder name budgeted committed } byKind { kind euros count } }
              budgetLines { id funder funderName label amount }
              transactions { id kind date amount currency ratePerEuro euroAmount provider { name funder } receiver { name } description documents { name documentReference } receipt { received note by } }
              hardware { euros items shipments { title items } }
              history { nodes { action field newValue } }
            }
          }
        }
        """;

    private const string Record = """
        mutation($i: RecordMoneyTransactionInput!) { recordMoneyTransaction(input: $i) { clientMutationId money { version transactions { id kind euroAmount } } } }
        """;

    private const string Confirm = """
        mutation($i: ConfirmFundsReceivedInput!) { confirmFundsReceived(input: $i) { money { version totals { received } transactions { id receipt { received by } } } } }
        """;

    private static object Transaction(string kind, decimal amount, string currency = "XOF", decimal? rate = 655.957m) => new
    {
        i = new
        {
            clientMutationId = $"money-{Guid.NewGuid():N}",
            partnershipId = Slug,
            year = Year,
            kind,
            date = $"{Year}-02-10",
            amount,
            currency,
            ratePerEuro = rate,
            provider = new { name = "Communauté d'agglomération du Grand Chalon", funder = "NORTH_AUTHORITY" },
            receiver = new { name = "Communauté des communes du Plateau", funder = "SOUTH_AUTHORITY" },
            description = "Abonnements Internet des mairies",
            documents = new[] { new { name = "Avis de virement", documentReference = "Virement 2027-014" } },
        },
    };

    private async Task<JsonNode> MoneyAsync(string slug, int year, string email)
    {
        var (_, body) = await api.Http.PostGraphQLAsync(MoneyQuery, new { id = slug, year }, await api.TokenAsync(email));
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!["partnership"]!["money"]!;
    }

    /// <summary>The seeded 2026 ledger of Sénéclic: lines by funder, a franc CFA amount converted at the parity, totals.</summary>
    [Fact]
    public async Task Seeded_Seneclic2026_LinesTransactionsAndTotals()
    {
        var money = await MoneyAsync("seneclic", 2026, People.BesanconNorth);

        Assert.Equal(3, money["budgetLines"]!.AsArray().Count);
        Assert.Equal(41_500m, money["totals"]!["budgeted"]!.GetValue<decimal>());
        Assert.Equal(12_500m, money["totals"]!["committed"]!.GetValue<decimal>());
        var francs = money["transactions"]!.AsArray().Single(t => t!["currency"]!.GetValue<string>() == "XOF" && t["kind"]!.GetValue<string>() == "DISBURSEMENT")!;
        Assert.Equal((2_624_000m, 4_000.26m), (francs["amount"]!.GetValue<decimal>(), francs["euroAmount"]!.GetValue<decimal>()));
        Assert.Contains(money["totals"]!["byFunder"]!.AsArray(), f => f!["funder"]!.GetValue<string>() == "SOLIDARITY_FUND");
    }

    /// <summary>North records funds sent in francs CFA, the South says « Reçu »: the received total counts them, the history says who.</summary>
    [Fact]
    public async Task RecordThenConfirm_SouthConfirmsFundsReceived()
    {
        var (_, recorded) = await api.Http.PostGraphQLAsync(Record, Transaction("FUNDS_RECEIVED", 1_968_000m), await api.TokenAsync(People.ChalonNorth));
        // Transactions come by date, and other tests record in this ledger too: the one just recorded has the newest id.
        var transaction = recorded["data"]!["recordMoneyTransaction"]!["money"]!["transactions"]!.AsArray()
            .MaxBy(t => int.Parse(t!["id"]!.GetValue<string>()[1..], System.Globalization.CultureInfo.InvariantCulture))!;
        Assert.Equal(3_000.20m, transaction["euroAmount"]!.GetValue<decimal>());
        var id = transaction["id"]!.GetValue<string>();

        var (_, confirmed) = await api.Http.PostGraphQLAsync(Confirm,
            new { i = new { clientMutationId = $"confirm-{Guid.NewGuid():N}", partnershipId = Slug, year = Year, transactionId = id } },
            await api.TokenAsync(People.PlateauSouth));

        Assert.True(confirmed["errors"] is null, confirmed.ToJsonString());
        var receipt = confirmed["data"]!["confirmFundsReceived"]!["money"]!["transactions"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == id)!["receipt"]!;
        Assert.True(receipt["received"]!.GetValue<bool>());
        var money = await MoneyAsync(Slug, Year, People.PlateauSouth);
        Assert.Contains(money["history"]!["nodes"]!.AsArray(), h => h!["action"]!.GetValue<string>() == "FundsConfirmed");
    }

    /// <summary>Bad input is refused with its own code, in French and English, and the ledger stays as it was.</summary>
    [Theory]
    [InlineData(-50, "XOF", 655.957, "NEGATIVE_AMOUNT")]
    [InlineData(1000, "XOF", 0.0, "INVALID_RATE")]
    [InlineData(1000, "MAD", null, "INVALID_RATE")]
    public async Task Record_BadInput_SpecificCodeNothingChanged(double amount, string currency, double? rate, string code)
    {
        var token = await api.TokenAsync(People.ChalonNorth);
        var before = (await MoneyAsync(Slug, Year, People.ChalonNorth))["version"]!.GetValue<long>();

        var (_, body) = await api.Http.PostGraphQLAsync(Record, Transaction("DISBURSEMENT", (decimal)amount, currency, (decimal?)rate), token);

        Assert.Equal(code, body.ErrorCode());
        Assert.Contains(" / ", body.ErrorMessage());
        Assert.Equal(before, (await MoneyAsync(Slug, Year, People.ChalonNorth))["version"]!.GetValue<long>());
    }

    /// <summary>A year out of range names no ledger.</summary>
    [Fact]
    public async Task Money_YearOutOfRange_Refused()
    {
        var (_, body) = await api.Http.PostGraphQLAsync(MoneyQuery, new { id = Slug, year = 1850 }, await api.TokenAsync(People.ChalonNorth));

        Assert.Equal("YEAR_OUT_OF_RANGE", body.ErrorCode());
    }

    /// <summary>The fund's managers read every partnership's money without being members.</summary>
    [Fact]
    public async Task FundManager_ReadsMoney()
    {
        var money = await MoneyAsync("sig-guediawaye", 2026, People.FundManager);

        Assert.Equal(2026, money["year"]!.GetValue<int>());
        Assert.NotEmpty(money["transactions"]!.AsArray());
    }
}
