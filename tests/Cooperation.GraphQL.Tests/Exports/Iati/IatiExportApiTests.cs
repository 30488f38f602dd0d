using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;

namespace Cooperation.GraphQL.Tests.Exports.Iati;

/// <summary>
/// The IATI files of the seeded partnerships, as their readers download them: valid against the 2.03 schema, carrying
/// what the seed says, and refused to whoever may not read the partnership without telling her whether it exists.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class IatiExportApiTests(ApiFixture api)
{
    private static readonly string[] Seeded = ["cerenum", "sig-guediawaye", "e-administration-plateau", "libriciels-figuig", "seneclic"];

    private static readonly XNamespace Xml = XNamespace.Xml;

    /// <summary>The five seeded partnerships, and Besançon's file, validate against the IATI 2.03 activity schema.</summary>
    [Fact]
    public async Task SeededPartnerships_ValidateAgainstTheSchema()
    {
        var administrator = await api.TokenAsync(People.Administrator);
        foreach (var slug in Seeded)
        {
            var (status, type, bytes) = await GetAsync($"/exports/{slug}/iati.xml", administrator);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("application/xml", type);
            var activity = Assert.Single(IatiSchema.Valid(bytes).Root!.Elements("iati-activity"));
            Assert.EndsWith($"-{slug}", activity.Element("iati-identifier")!.Value, StringComparison.Ordinal);
        }

        var (authorityStatus, _, authorityFile) = await GetAsync("/exports/authorities/ville-de-besancon/iati.xml", await api.TokenAsync(People.BesanconNorth));
        Assert.Equal(HttpStatusCode.OK, authorityStatus);
        var file = IatiSchema.Valid(authorityFile).Root!;
        Assert.Equal("2.03", file.Attribute("version")!.Value);
        Assert.Equal(["XX-COOPERATION-ville-de-besancon-seneclic"], file.Elements("iati-activity").Select(a => a.Element("iati-identifier")!.Value));
    }

    /// <summary>Sénéclic's activity, field by field, against the seed: organisations, words, dates, places, hardware, indicators.</summary>
    [Fact]
    public async Task Seneclic_CarriesTheSeedFieldByField()
    {
        var (_, _, bytes) = await GetAsync("/exports/seneclic/iati.xml", await api.TokenAsync(People.BesanconNorth));
        var activities = IatiSchema.Valid(bytes).Root!;
        var activity = activities.Element("iati-activity")!;

        Assert.Equal(("fr", "EUR"), (activity.Attribute(Xml + "lang")!.Value, activity.Attribute("default-currency")!.Value));
        Assert.Equal("XX-COOPERATION-ville-de-besancon-seneclic", activity.Element("iati-identifier")!.Value);
        var reporting = activity.Element("reporting-org")!;
        Assert.Equal(("XX-COOPERATION-ville-de-besancon", "11", "Ville de Besançon"),
            (reporting.Attribute("ref")!.Value, reporting.Attribute("type")!.Value, reporting.Element("narrative")!.Value));
        Assert.Equal(["fr", "en"], activity.Element("title")!.Elements("narrative").Select(n => n.Attribute(Xml + "lang")!.Value));
        Assert.Equal("Sénéclic — Besançon / Sénégal", Narrative(activity.Element("title"), "fr"));
        var general = activity.Elements("description").Single(d => d.Attribute("type")!.Value == "1");
        Assert.StartsWith("Reconditionnement et réemploi du matériel informatique", Narrative(general, "fr"), StringComparison.Ordinal);
        Assert.Contains("Ville de Besançon and État du Sénégal (écoles) (Senegal)", Narrative(general, "en"), StringComparison.Ordinal);

        // Roles: the North authority funds and extends, the South implements (the fund and co-financers come from the ledgers).
        Assert.Equal(
            [("1", "11", "Ville de Besançon"), ("3", "11", "Ville de Besançon"), ("4", "10", "État du Sénégal (écoles)")],
            activity.Elements("participating-org").Select(o => (o.Attribute("role")!.Value, o.Attribute("type")!.Value, o.Element("narrative")!.Value))
                .Where(o => o.Item3 is "Ville de Besançon" or "État du Sénégal (écoles)"));

        Assert.Equal("2", activity.Element("activity-status")!.Attribute("code")!.Value);
        Assert.Equal(
            [("1", "2007-10-01"), ("2", "2007-10-01"), ("3", "2027-07-15")],
            activity.Elements("activity-date").Select(d => (d.Attribute("type")!.Value, d.Attribute("iso-date")!.Value)));
        var country = activity.Element("recipient-country")!;
        Assert.Equal(("SN", "100", "Senegal"), (country.Attribute("code")!.Value, country.Attribute("percentage")!.Value, Narrative(country, "en")));
        var sector = activity.Element("sector")!;
        Assert.Equal(("1", "22040", "100"), (sector.Attribute("vocabulary")!.Value, sector.Attribute("code")!.Value, sector.Attribute("percentage")!.Value));
        Assert.Contains(activity.Elements("tag"), t => t.Attribute("vocabulary")!.Value == "99" && t.Attribute("code")!.Value == "salles-multimedia");

        // The schools and sites of both seeded shipments, in packing order (other tests' shipments come after them).
        var sites = activity.Elements("location").Select(l => Narrative(l.Element("name"), "fr")).Take(7).ToList();
        Assert.Equal(
            ["École élémentaire de Ngor, Dakar", "École élémentaire Ouakam 2, Dakar", "Inspection de l'éducation et de la formation de Dakar-Almadies",
             "École élémentaire de Yoff Layène, Dakar", "CEM de Rufisque Est, Rufisque", "École élémentaire Médina Fall, Thiès", "École élémentaire de Saly Portudal, Mbour"],
            sites);
        Assert.All(activity.Elements("location"), l => Assert.Equal("SN", l.Element("administrative")!.Attribute("code")!.Value));

        Assert.Contains(activity.Elements("participating-org"), o => o.Attribute("role")!.Value == "1"
            && o.Element("narrative")!.Value == Cooperation.GraphQL.Exports.Iati.IatiOrganisations.FundNameFr);

        // The seeded 2026 budget (Besançon, the fund, the schools' share) and the ledger's transactions, in euros, by date,
        // with both shipments' hardware given in kind among them.
        var budget = Assert.Single(activity.Elements("budget"));
        Assert.Equal(("2026-01-01", "41500.00"), (budget.Element("period-start")!.Attribute("iso-date")!.Value, budget.Element("value")!.Value));
        // (Other tests of the collection ship more hardware; the seeded transactions keep their order among them.)
        (string, string, string)[] seeded =
            [("2", "2026-01-19", "12500.00"), ("3", "2026-04-20", "1395.00"), ("4", "2026-05-06", "3800.00"), ("3", "2026-06-02", "4000.26"),
             ("1", "2026-06-09", "4000.26"), ("3", "2026-11-02", "5110.00")];
        Assert.Equal(seeded, activity.Elements("transaction")
            .Select(t => (t.Element("transaction-type")!.Attribute("code")!.Value, t.Element("transaction-date")!.Attribute("iso-date")!.Value, t.Element("value")!.Value))
            .Where(seeded.Contains));

        // The spring shipment's 14 items, given in kind on the day they left Besançon, valued from their records.
        var spring = activity.Elements("transaction").Single(t => t.Element("transaction-date")!.Attribute("iso-date")!.Value == "2026-04-20");
        Assert.Equal("3", spring.Element("transaction-type")!.Attribute("code")!.Value);
        Assert.Equal("1395.00", spring.Element("value")!.Value);
        Assert.StartsWith("Don en nature : 14 matériels reconditionnés", Narrative(spring.Element("description"), "fr"), StringComparison.Ordinal);
        Assert.Equal(("Ville de Besançon", "État du Sénégal (écoles)"),
            (spring.Element("provider-org")!.Element("narrative")!.Value, spring.Element("receiver-org")!.Element("narrative")!.Value));

        // Indicators: one per code, a period per report; the computed ones say where their figure comes from.
        var indicators = activity.Element("result")!.Elements("indicator").ToDictionary(i => i.Element("reference")!.Attribute("code")!.Value);
        var schools = indicators["ecoles-equipees"];
        Assert.Equal(("2026", "0"), (schools.Element("baseline")!.Attribute("year")!.Value, schools.Element("baseline")!.Attribute("value")!.Value));
        Assert.Equal(
            [("2026-01-01", "12", "1"), ("2026-07-01", "12", "2")],
            schools.Elements("period").Select(p => (p.Element("period-start")!.Attribute("iso-date")!.Value,
                p.Element("target")!.Attribute("value")!.Value, p.Element("actual")!.Attribute("value")!.Value)));
        var received = indicators["ordinateurs-recus"];
        Assert.StartsWith("Calculé le ", Narrative(received.Element("description"), "fr"), StringComparison.Ordinal);
        Assert.StartsWith("Computed on ", Narrative(received.Element("description"), "en"), StringComparison.Ordinal);
        Assert.Equal("99", received.Element("reference")!.Attribute("vocabulary")!.Value);
    }

    /// <summary>Members, fund managers and administrators read it; anyone else gets the very answer an unknown partnership gets.</summary>
    [Fact]
    public async Task Access_OutsidersGetNotFound_WithoutToken401()
    {
        var anonymous = await GetAsync("/exports/seneclic/iati.xml", null);
        var outsider = await GetAsync("/exports/seneclic/iati.xml", await api.TokenAsync(People.HavreNorth));
        var unknown = await GetAsync("/exports/atlantide/iati.xml", await api.TokenAsync(People.HavreNorth));
        var outsiderAuthority = await GetAsync("/exports/authorities/ville-de-besancon/iati.xml", await api.TokenAsync(People.HavreNorth));
        var south = await GetAsync("/exports/seneclic/iati.xml", await api.TokenAsync(People.SenegalSouth));
        var manager = await GetAsync("/exports/seneclic/iati.xml", await api.TokenAsync(People.FundManager));
        var reviewer = await GetAsync("/exports/seneclic/iati.xml", await api.TokenAsync(People.Reviewer));

        Assert.Equal(
            [HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound],
            new[] { anonymous, outsider, unknown, outsiderAuthority, south, manager, reviewer }.Select(r => r.Status));
        Assert.Equal(unknown.Bytes, outsider.Bytes);
        Assert.Equal(IatiSchema.Valid(south.Bytes).ToString(), IatiSchema.Valid(manager.Bytes).ToString().Replace(GeneratedAt(manager.Bytes), GeneratedAt(south.Bytes), StringComparison.Ordinal));
    }

    private static string GeneratedAt(byte[] file) => XDocument.Load(new MemoryStream(file)).Root!.Attribute("generated-datetime")!.Value;

    private static string Narrative(XElement? element, string language) =>
        element!.Elements("narrative").Single(n => n.Attribute(Xml + "lang")!.Value == language).Value;

    private async Task<(HttpStatusCode Status, string? MediaType, byte[] Bytes)> GetAsync(string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await api.Http.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }
}
