using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Cooperation.GraphQL.Schema.Relay;
using Cooperation.Silo.Seeding;

namespace Cooperation.GraphQL.Tests.Http;

/// <summary>
/// A restart over data stored by the version before: its receipts know neither who acted nor what was named, and its
/// seeded ids named people by their e-mail address (<c>seed:person:{email}</c>, <c>…:assign:{email}</c>). The seed,
/// now under other ids, applies nothing twice, and the old receipts answer no one but their makers.
/// </summary>
public sealed class SeedIdsRestartTests : IAsyncLifetime
{
    private readonly string _container = $"seed-ids-{Guid.NewGuid():N}";

    private const string ManagersText = "Vérifier la lettre du ministère avant le comité.";

    private const string Reviews = "query($id: ID!) { fundApplication(id: $id) { reviews { reviewer } } }";

    /// <summary>
    /// Seeded, a manager's private note written, then every receipt stripped of who and what and the seed's personal ids
    /// put back as they were: after the restart, each reviewer is assigned once, each demo person invited once, and
    /// neither the reviewer's seeded id nor the researcher's reads the manager's or the researcher's notes.
    /// </summary>
    [Fact]
    public async Task Restart_OverStateSeededWithOldIds_NothingTwiceAndOldReceiptsAnswerNoOneElse()
    {
        string seneclic, sig, noteId, membersBefore;
        await using (var first = await ApiHost.StartAsync(_container))
        {
            var manager = (await first.Http.SignInAsync(People.FundManager)).AccessToken;
            (seneclic, sig) = (await FileAsync(first.Http, manager, "seneclic"), await FileAsync(first.Http, manager, "sig-guediawaye"));
            noteId = $"gestion-{Guid.NewGuid():N}"[..30];
            var (_, note) = await first.Http.PostGraphQLAsync(Annotations.AnnotationRequests.Annotate,
                new { i = await NoteAsync(first.Http, manager, seneclic, noteId, $"note-{Guid.NewGuid():N}", "PRIVATE", ManagersText) }, manager);
            Assert.Null(note["errors"]);
            membersBefore = await MembersAsync(first.Http, (await first.Http.SignInAsync(People.Administrator)).AccessToken);
        }

        var renamed = await AsStoredBeforeAsync();
        Assert.True(renamed >= DemoPeople.All.Count, $"only {renamed} seeded ids renamed");

        await using var second = await ApiHost.StartAsync(_container);
        var (managerToken, administrator) = ((await second.Http.SignInAsync(People.FundManager)).AccessToken, (await second.Http.SignInAsync(People.Administrator)).AccessToken);
        var (_, seneclicReviews) = await second.Http.PostGraphQLAsync(Reviews, new { id = seneclic }, managerToken);
        var (_, sigReviews) = await second.Http.PostGraphQLAsync(Reviews, new { id = sig }, managerToken);
        var (_, invited) = await second.Http.PostGraphQLAsync($"{{ person(email: \"{People.Reviewer}\") {{ history(first: 100) {{ nodes {{ action }} }} }} }}", null, administrator);
        var (_, paulsSeededId) = await second.Http.PostGraphQLAsync(Annotations.AnnotationRequests.Annotate,
            new { i = await NoteAsync(second.Http, managerToken, seneclic, noteId, "seed:fund:fsn-2026:seneclic:annotation:formation", "TEAM", "Combien ?") },
            (await second.Http.SignInAsync(People.Reviewer)).AccessToken);
        var (_, helenesSeededId) = await second.Http.PostGraphQLAsync(Annotations.AnnotationRequests.Annotate,
            new { i = Annotations.AnnotationRequests.AnnotateInput(Annotations.AnnotationRequests.SeededReport, "lisst-code-appropriation",
                Annotations.AnnotationRequests.Selector(Annotations.AnnotationRequests.ReportResults, "le portail"),
                clientMutationId: "seed:annotation:sig-guediawaye/2026-01-01_2026-06-30:lisst-note-formation") },
            (await second.Http.SignInAsync(People.GuediawayeSouth)).AccessToken);

        Assert.Equal(2, seneclicReviews["data"]!["fundApplication"]!["reviews"]!.AsArray().Count);
        Assert.Single(sigReviews["data"]!["fundApplication"]!["reviews"]!.AsArray());
        Assert.Single(invited["data"]!["person"]!["history"]!["nodes"]!.AsArray(), e => e!["action"]!.GetValue<string>() == "AccountInvited");
        Assert.Equal(membersBefore, await MembersAsync(second.Http, administrator));
        Assert.Equal(("CONFLICT", "CONFLICT"), (paulsSeededId.ErrorCode(), helenesSeededId.ErrorCode()));
        Assert.DoesNotContain(ManagersText, paulsSeededId.ToJsonString());
        Assert.DoesNotContain("Appropriation différenciée", helenesSeededId.ToJsonString());
    }

    /// <summary>
    /// Rewrites every stored state as the version before left it: receipts without who or what, and the seed's ids that
    /// named people by place named by address again (in receipts and history lines). Returns how many ids it renamed.
    /// </summary>
    private async Task<int> AsStoredBeforeAsync()
    {
        var container = new BlobContainerClient(ApiHost.StorageConnection, _container);
        var renamed = 0;
        string Rename(string id)
        {
            foreach (var person in DemoPeople.All)
            {
                var (tagged, addressed) = ($"seed:person:{person.Tag}", $"seed:person:{person.Email}");
                if (id == tagged || id.StartsWith(tagged + ":", StringComparison.Ordinal))
                    return Renamed(addressed + id[tagged.Length..]);
                if (id.EndsWith($":assign:{person.Tag}", StringComparison.Ordinal))
                    return Renamed(id[..^person.Tag.Length] + person.Email);
            }
            return id;
        }
        string Renamed(string id)
        {
            renamed++;
            return id;
        }
        void Walk(JsonNode? node)
        {
            if (node is JsonArray array)
                foreach (var item in array)
                    Walk(item);
            if (node is not JsonObject obj)
                return;
            if (obj["Receipts"] is JsonObject receipts)
            {
                var old = receipts.Select(r => (r.Key, Value: r.Value!.DeepClone().AsObject())).ToList();
                receipts.Clear();
                foreach (var (id, receipt) in old)
                {
                    receipt.Remove("ActorId");
                    receipt.Remove("Subject");
                    receipts[Rename(id)] = receipt;
                }
            }
            if (obj["ClientMutationId"] is JsonValue value && value.TryGetValue<string>(out var clientMutationId))
                obj["ClientMutationId"] = Rename(clientMutationId);
            foreach (var (_, child) in obj.ToList())
                Walk(child);
        }

        await foreach (BlobItem item in container.GetBlobsAsync(cancellationToken: TestContext.Current.CancellationToken))
        {
            var blob = container.GetBlobClient(item.Name);
            var state = JsonNode.Parse((await blob.DownloadContentAsync(TestContext.Current.CancellationToken)).Value.Content.ToString());
            Walk(state);
            await blob.UploadAsync(BinaryData.FromString(state!.ToJsonString()), overwrite: true, TestContext.Current.CancellationToken);
        }
        return renamed;
    }

    private static async Task<string> FileAsync(HttpClient http, string manager, string slug)
    {
        var (_, files) = await http.PostGraphQLAsync("{ fundCall(id: \"fsn-2026\") { applications { id partnershipId } } }", null, manager);
        return files["data"]!["fundCall"]!["applications"]!.AsArray()
            .Single(a => GlobalId.TryDecode(a!["partnershipId"]!.GetValue<string>())?.Key == slug)!["id"]!.GetValue<string>();
    }

    private static async Task<string> MembersAsync(HttpClient http, string administrator)
    {
        var (_, body) = await http.PostGraphQLAsync("{ partnership(id: \"sig-guediawaye\") { members { displayName role } history(first: 100) { nodes { action } } } }", null, administrator);
        return body["data"]!.ToJsonString();
    }

    /// <summary>A note on the file's version 1, on the passage the seed's own note is about.</summary>
    private static async Task<object> NoteAsync(HttpClient http, string manager, string file, string annotationId, string clientMutationId, string visibility, string text)
    {
        const string passage = "forme les équipes locales aux techniques du recyclage des ordinateurs";
        var (_, read) = await http.PostGraphQLAsync("query($id: ID!) { fundApplication(id: $id) { version(number: 1) { description } } }", new { id = file }, manager);
        var description = read["data"]!["fundApplication"]!["version"]!["description"]!.GetValue<string>();
        return new
        {
            clientMutationId, annotationId,
            target = new { kind = "APPLICATION", id = file, version = 1 },
            selector = Annotations.AnnotationRequests.Selector(description, passage, "description"),
            motivation = "COMMENTING", text, visibility,
        };
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        var storage = new BlobServiceClient(ApiHost.StorageConnection);
        await storage.GetBlobContainerClient(_container).DeleteIfExistsAsync();
        await storage.GetBlobContainerClient(ApiHost.AttachmentsContainerOf(_container)).DeleteIfExistsAsync();
    }
}
