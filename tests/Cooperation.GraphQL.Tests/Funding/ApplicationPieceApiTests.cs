using static Cooperation.GraphQL.Tests.Funding.FundRequests;
using static Cooperation.GraphQL.Tests.Uploads.UploadRequests;

namespace Cooperation.GraphQL.Tests.Funding;

/// <summary>
/// Julien (North staff, Castres-Mazamet) attaches the council's délibération to SIG Guédiawaye's file as a PDF, sent
/// in 32 KB blocks like a photo; the partnership's members read it back; Aminata (South agent) may not attach one.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ApplicationPieceApiTests(ApiFixture api)
{
    private const string Applicant = "sig-guediawaye";

    private static object Piece(string applicationId, string uploadId, byte[] file, string contentType = "application/pdf") => new
    {
        i = new
        {
            clientMutationId = FundRequests.NewId("announce"), partnershipId = Applicant, uploadId, contentType,
            size = file.Length, sha256 = Sha256(file), applicationId,
        },
    };

    private static byte[] Pdf(int size)
    {
        var bytes = new byte[size];
        Random.Shared.NextBytes(bytes);
        "%PDF-1.7\n"u8.ToArray().CopyTo(bytes, 0);
        return bytes;
    }

    private async Task<string> DraftedAsync() =>
        await DraftAsync(api.Http, await api.TokenAsync(People.CastresNorth),
            await CallAsync(api.Http, await api.TokenAsync(People.FundManager)), Applicant, complete: false);

    /// <summary>A 2 MB PDF (over a photo's 1 MiB): announced for the file, sent in blocks, kept, cited by the draft, read back by the South.</summary>
    [Fact]
    public async Task PdfPiece_SentInBlocks_AttachedAndReadByMembers()
    {
        var id = await DraftedAsync();
        var julien = await api.TokenAsync(People.CastresNorth);
        var uploadId = NewUploadId();
        var file = Pdf(2_000_000);

        var (_, announced) = await api.Http.PostGraphQLAsync(Announce, Piece(id, uploadId, file), julien);
        await api.Http.PutAllAsync(julien, Applicant, uploadId, file);
        var (_, committed) = await api.Http.PostGraphQLAsync(Commit, Change(Applicant, uploadId), julien);
        var edited = await ActAsync(api.Http, julien, "editFundApplication", "EditFundApplicationInput",
            new
            {
                clientMutationId = FundRequests.NewId("edit"), applicationId = id,
                pieces = new[] { new { kind = "COUNCIL_DELIBERATION", name = "Délibération du conseil communautaire", uploadId } },
            }, "checklist { piece satisfied } pieces { uploadId }");
        var edit = edited["data"]!["editFundApplication"]!["application"]!;
        using var download = await api.Http.GetPhotoAsync(await api.TokenAsync(People.GuediawayeSouth), Applicant, uploadId);
        var bytes = await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        var upload = announced["data"]!["announceUpload"]!["upload"]!;
        Assert.Equal(id, upload["applicationId"]!.GetValue<string>());
        Assert.Equal(62, upload["blockCount"]!.GetValue<int>());
        Assert.Equal("COMMITTED", committed["data"]!["commitUpload"]!["upload"]!["status"]!.GetValue<string>());
        Assert.Equal(uploadId, edit["pieces"]![0]!["uploadId"]!.GetValue<string>());
        Assert.Contains(edit["checklist"]!.AsArray(), c => c!["piece"]?.GetValue<string>() == "COUNCIL_DELIBERATION" && c["satisfied"]!.GetValue<bool>());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(file, bytes);
    }

    /// <summary>The South agent may not attach a piece; a PDF is not a receipt photo; a picture announced as PDF is refused at commit.</summary>
    [Fact]
    public async Task Piece_WrongSideOrWrongBytes_Refused()
    {
        var id = await DraftedAsync();
        var julien = await api.TokenAsync(People.CastresNorth);
        var jpegAsPdf = NewUploadId();
        var notPdf = Jpeg(40_000);

        var (_, bySouth) = await api.Http.PostGraphQLAsync(Announce, Piece(id, NewUploadId(), Pdf(1000)), await api.TokenAsync(People.GuediawayeSouth));
        await api.Http.PostGraphQLAsync(Announce, Piece(id, jpegAsPdf, notPdf), julien);
        await api.Http.PutAllAsync(julien, Applicant, jpegAsPdf, notPdf);
        var (_, commit) = await api.Http.PostGraphQLAsync(Commit, Change(Applicant, jpegAsPdf), julien);
        var (_, state) = await api.Http.PostGraphQLAsync(Read, new { p = Applicant, u = jpegAsPdf }, julien);

        Assert.Equal("FORBIDDEN", bySouth.ErrorCode());
        Assert.Equal("VALIDATION", commit.ErrorCode());
        Assert.Contains("PDF", commit.ErrorMessage());
        Assert.Equal("ANNOUNCED", state["data"]!["upload"]!["status"]!.GetValue<string>());
    }
}
