using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Cooperation.GraphQL.Tests.Research;

/// <summary>The codebook CSV of a partnership: its exact header, one seeded coded passage, and who may read what.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class CodebookExportTests(ApiFixture api)
{
    private const string Path = "/exports/sig-guediawaye/codebook.csv";

    private const string Header = "Étiquettes;Passage;Commentaire;Document;Version;Section;Auteur;Équipe;Date";

    /// <summary>The LISST-CIEU team's seeded code on the SIG Guédiawaye report, as its row reads up to the day it was made.</summary>
    private const string TeamCodeRow =
        "appropriation, organisation communale;Appropriation inégale selon les services;Appropriation différenciée selon les services : à suivre dans les entretiens.;"
        + "Rapport d'avancement du 01/01/2026 au 30/06/2026;1;difficulties;Hélène Dupuis (LISST-CIEU, Toulouse II);LISST-CIEU;";

    private async Task<HttpResponseMessage> GetAsync(string path, string? email)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (email is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await api.TokenAsync(email));
        return await api.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private async Task<string[]> LinesAsync(string path, string email)
    {
        using var response = await GetAsync(path, email);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The researcher's file: UTF-8 with BOM, semicolons, the exact header, her team's code in one row dated by its day.</summary>
    [Fact]
    public async Task Codebook_ByResearcher_HeaderAndTeamCode()
    {
        using var response = await GetAsync(Path, People.Researcher);
        Assert.Equal(("text/csv", "attachment"), (response.Content.Headers.ContentType!.MediaType, response.Content.Headers.ContentDisposition!.DispositionType));
        Assert.Equal("codebook-sig-guediawaye.csv", response.Content.Headers.ContentDisposition.FileName?.Trim('"'));

        var lines = await LinesAsync(Path, People.Researcher);

        Assert.Equal(Header, lines[0]);
        var row = Assert.Single(lines, l => l.StartsWith(TeamCodeRow, StringComparison.Ordinal));
        Assert.Matches(DayPattern(), row[TeamCodeRow.Length..]);
        Assert.Contains(lines, l => l.StartsWith(";besoin de formation des agents;", StringComparison.Ordinal));
    }

    /// <summary>The North reads the shared annotations only: neither the team's code nor the researcher's private note.</summary>
    [Fact]
    public async Task Codebook_ByNorth_NoTeamCodeNorPrivateNote()
    {
        var lines = await LinesAsync(Path, People.CastresNorth);

        Assert.Equal(Header, lines[0]);
        Assert.DoesNotContain(lines, l => l.StartsWith(TeamCodeRow, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("besoin de formation des agents", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("ateliers participatifs avec le réseau de l'Agenda 21 local", StringComparison.Ordinal));
    }

    /// <summary>A tag keeps only the passages coded with it, accents and case aside.</summary>
    [Fact]
    public async Task Codebook_ByTag_OnlyThatCode()
    {
        var lines = await LinesAsync(Path + "?tag=APPROPRIATION", People.Researcher);

        Assert.Equal([Header], lines[..1]);
        Assert.StartsWith(TeamCodeRow, Assert.Single(lines[1..]), StringComparison.Ordinal);
    }

    /// <summary>Someone of another partnership is refused; an unknown partnership is not found; no token, unauthenticated; a bad day, a clear error.</summary>
    [Theory]
    [InlineData(Path, People.ChalonNorth, HttpStatusCode.Forbidden, "FORBIDDEN")]
    [InlineData("/exports/nulle-part/codebook.csv", People.Administrator, HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData(Path, null, HttpStatusCode.Unauthorized, "UNAUTHENTICATED")]
    [InlineData(Path + "?from=01/01/2026", People.Researcher, HttpStatusCode.BadRequest, "VALIDATION")]
    public async Task Codebook_NotReadable_Refused(string path, string? email, HttpStatusCode status, string code)
    {
        using var response = await GetAsync(path, email);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, body.ErrorCode());
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DayPattern();
}
