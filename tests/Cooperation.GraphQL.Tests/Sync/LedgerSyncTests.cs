namespace Cooperation.GraphQL.Tests.Sync;

/// <summary>
/// The year's money on the South agent's phone: a ledger the North changed comes down with the partnership's changes,
/// and the agent's « Reçu » goes up in the sync batch, applied once however often the batch is sent again.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class LedgerSyncTests(ApiFixture api)
{
    private const string Plateau = "e-administration-plateau";

    /// <summary>A year no seed and no other test writes: these tests' transactions go there.</summary>
    private const int Year = 2032;

    private const string Sync = """
        mutation($i: SyncInput!) { sync(input: $i) {
          results { clientMutationId error { code message } }
          changes { cursor ledgers { year version totals { received } transactions { id kind receipt { received by } } } }
        } }
        """;

    private const string Record = """
        mutation($i: RecordMoneyTransactionInput!) { recordMoneyTransaction(input: $i) { money { version transactions { id } } } }
        """;

    private const string History = """
        query($id: ID!, $year: Int!) { partnership(id: $id) { money(year: $year) { history { nodes { action clientMutationId } } } } }
        """;

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    private async Task<JsonObject> SyncAsync(string token, string? since, params object[] actions)
    {
        var (_, body) = await api.Http.PostGraphQLAsync(Sync, new { i = new { partnershipId = Plateau, since, actions } }, token);
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!["sync"]!.AsObject();
    }

    private static string Cursor(JsonObject sync) => sync["changes"]!["cursor"]!.GetValue<string>();

    private static JsonNode[] Ledgers(JsonObject sync) =>
        [.. sync["changes"]!["ledgers"]!.AsArray().Where(l => l!["year"]!.GetValue<int>() == Year).Select(l => l!)];

    /// <summary>Sophie (North) records funds sent to the Plateau; returns the transaction's id and the ledger's version after it.</summary>
    private async Task<(string Id, long Version)> RecordAsync(decimal euros)
    {
        var (_, body) = await api.Http.PostGraphQLAsync(Record, new
        {
            i = new
            {
                clientMutationId = NewId("sent"), partnershipId = Plateau, year = Year, kind = "FUNDS_RECEIVED", date = $"{Year}-03-02",
                amount = euros, currency = "EUR",
                provider = new { name = "Communauté d'agglomération du Grand Chalon", funder = "NORTH_AUTHORITY" },
                receiver = new { name = "Communauté des communes du Plateau", funder = "SOUTH_AUTHORITY" },
                description = "Abonnements Internet des mairies",
            },
        }, await api.TokenAsync(People.ChalonNorth));
        Assert.True(body["errors"] is null, body.ToJsonString());
        var money = body["data"]!["recordMoneyTransaction"]!["money"]!;
        return (money["transactions"]!.AsArray()[^1]!["id"]!.GetValue<string>(), money["version"]!.GetValue<long>());
    }

    /// <summary>Two transactions recorded since the phone's cursor: the ledger comes down once, as it is after both; then no more.</summary>
    [Fact]
    public async Task Sync_TwoTransactionsRecorded_LedgerOnceAtItsLatestState()
    {
        var koffi = await api.TokenAsync(People.PlateauSouth);
        var since = Cursor(await SyncAsync(koffi, null));
        var (first, _) = await RecordAsync(1_500m);
        var (second, version) = await RecordAsync(2_500m);

        var changes = await SyncAsync(koffi, since);
        var after = await SyncAsync(koffi, Cursor(changes));

        var ledger = Assert.Single(Ledgers(changes));
        Assert.Equal(version, ledger["version"]!.GetValue<long>());
        Assert.Subset(ledger["transactions"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()).ToHashSet(), new HashSet<string> { first, second });
        Assert.Empty(after["changes"]!["ledgers"]!.AsArray());
    }

    /// <summary>
    /// Koffi's « Reçu » sent twice with the same client id (the first answer lost on the way): one confirmation in the
    /// ledger's history, and the change set shows the receipt as his.
    /// </summary>
    [Fact]
    public async Task Sync_ConfirmationSentTwice_OneConfirmationShownInTheChanges()
    {
        var koffi = await api.TokenAsync(People.PlateauSouth);
        var (transaction, _) = await RecordAsync(800m);
        var since = Cursor(await SyncAsync(koffi, null));
        var confirm = new { confirmFundsReceived = new { clientMutationId = NewId("recu"), partnershipId = Plateau, year = Year, transactionId = transaction, received = true } };

        var sent = await SyncAsync(koffi, since, confirm);
        var again = await SyncAsync(koffi, since, confirm);

        Assert.All([sent, again], s => Assert.Null(Assert.Single(s["results"]!.AsArray())!["error"]));
        var receipt = Assert.Single(Ledgers(again))["transactions"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == transaction)!["receipt"]!;
        Assert.True(receipt["received"]!.GetValue<bool>());
        var (_, history) = await api.Http.PostGraphQLAsync(History, new { id = Plateau, year = Year }, koffi);
        var confirmations = history["data"]!["partnership"]!["money"]!["history"]!["nodes"]!.AsArray()
            .Where(h => h!["clientMutationId"]?.GetValue<string>() == confirm.confirmFundsReceived.clientMutationId);
        Assert.Single(confirmations);
    }

    /// <summary>Someone of another partnership: her own changes carry none of the Plateau's money, and asking for the Plateau's is refused.</summary>
    [Fact]
    public async Task Sync_AnotherPartnershipsAgent_SeesNoneOfThisMoney()
    {
        var youssef = await api.TokenAsync(People.FiguigSouth);
        var (_, ownBefore) = await api.Http.PostGraphQLAsync(Sync, new { i = new { partnershipId = "libriciels-figuig", actions = Array.Empty<object>() } }, youssef);
        var since = ownBefore["data"]!["sync"]!["changes"]!["cursor"]!.GetValue<string>();
        await RecordAsync(300m);

        var (_, own) = await api.Http.PostGraphQLAsync(Sync, new { i = new { partnershipId = "libriciels-figuig", since, actions = Array.Empty<object>() } }, youssef);
        var (_, plateau) = await api.Http.PostGraphQLAsync(Sync, new { i = new { partnershipId = Plateau, actions = Array.Empty<object>() } }, youssef);

        Assert.Empty(own["data"]!["sync"]!["changes"]!["ledgers"]!.AsArray());
        Assert.Equal("FORBIDDEN", plateau.ErrorCode());
        Assert.DoesNotContain("ledgers", plateau.ToJsonString());
    }
}
