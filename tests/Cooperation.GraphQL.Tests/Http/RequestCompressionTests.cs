using System.IO.Compression;
using System.Text;

namespace Cooperation.GraphQL.Tests.Http;

[Collection(ApiCollection.Name)]
public sealed class RequestCompressionTests(ApiFixture api)
{
    /// <summary>A body sent as Brotli (an outbox batch on a slow uplink) is read like a plain one.</summary>
    [Fact]
    public async Task BrotliBody_Executed()
    {
        var json = "{\"documentId\":\"" + Documents.ClientDocuments.IdOf("Directory") + "\",\"variables\":{\"first\":2}}";

        using var response = await PostAsync(Compress(json, "br"), "br");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, body["data"]!["partnerships"]!["nodes"]!.AsArray().Count);
    }

    /// <summary>
    /// A "zip bomb": 2 MB of JSON padding in under 1 KB of gzip. The endpoint stops reading at its 64 KB limit of
    /// decompressed bytes and answers 413 with a clear error.
    /// </summary>
    [Fact]
    public async Task CompressedBodyTooLargeOnceDecompressed_413()
    {
        var json = "{\"query\":\"{ partnerships { totalCount } }\",\"extensions\":{\"pad\":\"" + new string(' ', 2 * 1024 * 1024) + "\"}}";
        var compressed = Compress(json, "gzip");

        using var response = await PostAsync(compressed, "gzip");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();

        Assert.True(compressed.Length < 8 * 1024, $"{compressed.Length} compressed bytes");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", body.ErrorCode());
    }

    /// <summary>An encoding the server cannot decode is refused by name (415), not misread as broken JSON.</summary>
    [Fact]
    public async Task UnknownContentEncoding_415()
    {
        using var response = await PostAsync(Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\"}"), "x-unknown");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("Content-Encoding", body.ErrorMessage());
    }

    internal static byte[] Compress(string json, string coding)
    {
        using var buffer = new MemoryStream();
        using (Stream compressor = coding == "br"
                   ? new BrotliStream(buffer, CompressionLevel.Optimal, leaveOpen: true)
                   : new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            compressor.Write(Encoding.UTF8.GetBytes(json));
        }

        return buffer.ToArray();
    }

    private async Task<HttpResponseMessage> PostAsync(byte[] body, string coding)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentEncoding.Add(coding);
        return await api.Http.PostAsync("/graphql", content, TestContext.Current.CancellationToken);
    }
}
