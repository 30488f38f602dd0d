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

    /// <summary>
    /// The filed délibération opens, as a PDF named after the piece, for the applicant, the partnership's South, the
    /// fund's manager and the assigned reviewer; a reviewer not assigned and another partnership's staff get the same
    /// 404 as for a piece the file does not cite.
    /// </summary>
    [Fact]
    public async Task FiledPiece_OpensForItsReaders_404ForEveryoneElse()
    {
        var manager = await api.TokenAsync(People.FundManager);
        var julien = await api.TokenAsync(People.CastresNorth);
        var id = await DraftAsync(api.Http, julien, await CallAsync(api.Http, manager), Applicant, complete: false);
        var uploadId = NewUploadId();
        var file = Pdf(40_000);
        await api.Http.PostGraphQLAsync(Announce, Piece(id, uploadId, file), julien);
        await api.Http.PutAllAsync(julien, Applicant, uploadId, file);
        await api.Http.PostGraphQLAsync(Commit, Change(Applicant, uploadId), julien);
        await ActAsync(api.Http, julien, "editFundApplication", "EditFundApplicationInput", new
        {
            clientMutationId = FundRequests.NewId("edit"), applicationId = id,
            pieces = new object[]
            {
                new { kind = "SIGNED_PARTNERSHIP_AGREEMENT", name = "Convention signée", documentReference = "Convention du 14 mars 2025" },
                new { kind = "COUNCIL_DELIBERATION", name = "Délibération du conseil communautaire", uploadId },
            },
        });
        await ActAsync(api.Http, julien, "submitFundApplication", "SubmitFundApplicationInput", new { clientMutationId = FundRequests.NewId("submit"), applicationId = id });
        await AssignAsync(api.Http, manager, id, People.Reviewer);

        async Task<HttpResponseMessage> OpenAsync(string? person, string upload = "") =>
            await api.Http.GetPieceAsync(person is null ? null : await api.TokenAsync(person), id, upload.Length > 0 ? upload : uploadId);
        using var byApplicant = await OpenAsync(People.CastresNorth);
        using var bySouth = await OpenAsync(People.GuediawayeSouth);
        using var byManager = await OpenAsync(People.FundManager);
        using var byReviewer = await OpenAsync(People.Reviewer);
        using var byOtherReviewer = await api.Http.GetPieceAsync(await UnassignedReviewerAsync(), id, uploadId);
        using var byOutsider = await OpenAsync(People.ChalonNorth);
        using var notCited = await OpenAsync(People.FundManager, NewUploadId());
        using var anonymous = await OpenAsync(null);
        var ct = TestContext.Current.CancellationToken;

        foreach (var reader in new[] { byApplicant, bySouth, byManager, byReviewer })
        {
            Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
            Assert.Equal(file, await reader.Content.ReadAsByteArrayAsync(ct));
            Assert.Equal("application/pdf", reader.Content.Headers.ContentType?.MediaType);
            Assert.Equal("Délibération du conseil communautaire.pdf", reader.Content.Headers.ContentDisposition?.FileNameStar);
            Assert.Equal($"\"{Sha256(file)}\"", reader.Headers.ETag?.Tag);
        }
        var unknown = await notCited.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.NotFound, notCited.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherReviewer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOutsider.StatusCode);
        Assert.Equal(unknown, await byOtherReviewer.Content.ReadAsStringAsync(ct));
        Assert.Equal(unknown, await byOutsider.Content.ReadAsStringAsync(ct));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    /// <summary>A fund reviewer of no partnership, assigned to nothing: the administrator invites her, she signs in.</summary>
    private async Task<string> UnassignedReviewerAsync()
    {
        var email = $"instructrice-{Guid.NewGuid():N}@daect.example";
        var (_, invited) = await api.Http.PostGraphQLAsync("mutation($i: InvitePersonInput!) { invitePerson(input: $i) { invitationCode } }",
            new { i = new { clientMutationId = FundRequests.NewId("invite"), email, displayName = "Instructrice sans ce dossier", roles = new[] { "FUND_REVIEWER" } } },
            await api.TokenAsync(People.Administrator));
        var code = invited["data"]!["invitePerson"]!["invitationCode"]!.GetValue<string>();
        var (_, accepted) = await api.Http.PostGraphQLAsync("mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }",
            new { i = new { clientMutationId = FundRequests.NewId("accept"), email, code, password = "un-mot-de-passe-d-instructrice" } });
        return accepted["data"]!["acceptInvitation"]!["accessToken"]!.GetValue<string>();
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
