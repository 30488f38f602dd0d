using System.Net.Http.Headers;
using static Cooperation.GraphQL.Tests.Uploads.UploadRequests;

namespace Cooperation.GraphQL.Tests.Money;

/// <summary>
/// A transaction's invoice, sent as a PDF in 32 KB blocks aimed at the ledger, opens for whoever reads the ledger —
/// the partnership's North and South, the fund's manager — named after the document; anyone else gets the same 404 as
/// for a file no transaction cites.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class LedgerDocumentApiTests(ApiFixture api)
{
    private const string Slug = "e-administration-plateau";

    /// <summary>A year no seed writes, as in <see cref="MoneyApiTests"/>.</summary>
    private const int Year = 2027;

    private const string Record = """
        mutation($i: RecordMoneyTransactionInput!) { recordMoneyTransaction(input: $i) { money { transactions { documents { name uploadId } } } } }
        """;

    private static byte[] Pdf(int size)
    {
        var bytes = new byte[size];
        Random.Shared.NextBytes(bytes);
        "%PDF-1.7\n"u8.ToArray().CopyTo(bytes, 0);
        return bytes;
    }

    private async Task<HttpResponseMessage> OpenAsync(string? person, string uploadId, string partnership = Slug, int year = Year)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/money/{partnership}/{year}/documents/{uploadId}");
        if (person is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await api.TokenAsync(person));
        return await api.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task CitedDocument_OpensForLedgerReaders_404ForEveryoneElse()
    {
        var north = await api.TokenAsync(People.ChalonNorth);
        var uploadId = NewUploadId();
        var file = Pdf(40_000);
        var (_, announced) = await api.Http.PostGraphQLAsync(Announce, new
        {
            i = new
            {
                clientMutationId = NewId("announce"), partnershipId = Slug, uploadId, contentType = "application/pdf",
                size = file.Length, sha256 = Sha256(file), ledgerYear = Year,
            },
        }, north);
        Assert.True(announced["errors"] is null, announced.ToJsonString());
        await api.Http.PutAllAsync(north, Slug, uploadId, file);
        await api.Http.PostGraphQLAsync(Commit, Change(Slug, uploadId), north);
        var (_, recorded) = await api.Http.PostGraphQLAsync(Record, new
        {
            i = new
            {
                clientMutationId = NewId("record"), partnershipId = Slug, year = Year, kind = "EXPENDITURE", date = $"{Year}-03-02",
                amount = 1_250m, currency = "EUR",
                provider = new { name = "Communauté d'agglomération du Grand Chalon", funder = "NORTH_AUTHORITY" },
                receiver = new { name = "Informatique du Plateau" },
                description = "Routeurs des mairies",
                documents = new[] { new { name = "Facture Informatique du Plateau n° 118", uploadId } },
            },
        }, north);
        Assert.True(recorded["errors"] is null, recorded.ToJsonString());

        using var byNorth = await OpenAsync(People.ChalonNorth, uploadId);
        using var bySouth = await OpenAsync(People.PlateauSouth, uploadId);
        using var byManager = await OpenAsync(People.FundManager, uploadId);
        using var byOutsider = await OpenAsync(People.BesanconNorth, uploadId);
        using var notCited = await OpenAsync(People.ChalonNorth, NewUploadId());
        using var otherYear = await OpenAsync(People.ChalonNorth, uploadId, year: Year - 1);
        using var anonymous = await OpenAsync(null, uploadId);
        var ct = TestContext.Current.CancellationToken;

        foreach (var reader in new[] { byNorth, bySouth, byManager })
        {
            Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
            Assert.Equal(file, await reader.Content.ReadAsByteArrayAsync(ct));
            Assert.Equal("application/pdf", reader.Content.Headers.ContentType?.MediaType);
            Assert.Equal("Facture Informatique du Plateau n° 118.pdf", reader.Content.Headers.ContentDisposition?.FileNameStar);
        }
        var unknown = await notCited.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.NotFound, notCited.StatusCode);
        Assert.Equal("NOT_FOUND", JsonNode.Parse(unknown)!.AsObject().ErrorCode());
        Assert.Equal(HttpStatusCode.NotFound, byOutsider.StatusCode);
        Assert.Equal(unknown, await byOutsider.Content.ReadAsStringAsync(ct));
        Assert.Equal(HttpStatusCode.NotFound, otherYear.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
