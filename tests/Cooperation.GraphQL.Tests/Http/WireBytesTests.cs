using System.Text;

namespace Cooperation.GraphQL.Tests.Http;

/// <summary>
/// What a phone sends and receives, byte for byte, on one kept-alive connection: the directory by id, the same
/// request again with its ETag (304), and a Brotli POST. The exchanges are printed in the test output.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class WireBytesTests(ApiFixture api)
{
    [Fact]
    public async Task DirectoryThen304ThenBrotliPost_OneConnection_LeanHeaders()
    {
        var output = TestContext.Current.TestOutputHelper!;
        var host = api.Http.BaseAddress!;
        var directory = Documents.ClientDocuments.IdOf("Directory");
        await using var connection = await RawHttpConnection.OpenAsync(host);

        var get = Request($"GET /graphql?documentId={Uri.EscapeDataString(directory)} HTTP/1.1\r\nHost: {host.Authority}\r\n"
                          + "Accept: application/graphql-response+json\r\n\r\n");
        var first = await Exchange(connection, "directory by documentId", get, null);
        var etag = RawHttpConnection.Header(first.HeadText, "ETag")!;

        var revalidate = Request($"GET /graphql?documentId={Uri.EscapeDataString(directory)} HTTP/1.1\r\nHost: {host.Authority}\r\n"
                                 + $"Accept: application/graphql-response+json\r\nIf-None-Match: {etag}\r\n\r\n");
        var notModified = await Exchange(connection, "same request with If-None-Match", revalidate, null);

        var json = "{\"documentId\":\"" + directory + "\",\"variables\":{\"first\":1}}";
        var brotli = RequestCompressionTests.Compress(json, "br");
        var post = Request($"POST /graphql HTTP/1.1\r\nHost: {host.Authority}\r\nAccept: application/graphql-response+json\r\n"
                           + $"Accept-Encoding: br\r\nContent-Type: application/json\r\nContent-Encoding: br\r\nContent-Length: {brotli.Length}\r\n\r\n", brotli);
        var posted = await Exchange(connection, $"Brotli POST ({json.Length} B of JSON as {brotli.Length} B)", post, brotli.Length);

        Assert.Equal(200, first.Status);
        Assert.Equal(304, notModified.Status);
        Assert.Empty(notModified.Body);
        Assert.Equal(200, posted.Status);
        // Three answers on the connection opened once: kept alive, and nothing says otherwise.
        Assert.All(new[] { first, notModified, posted }, answer =>
        {
            Assert.Null(RawHttpConnection.Header(answer.HeadText, "Server"));
            Assert.Null(RawHttpConnection.Header(answer.HeadText, "Connection"));
        });
        Assert.True(notModified.Head.Length < 200, $"304 head of {notModified.Head.Length} B");
    }

    private static byte[] Request(string head, byte[]? body = null) => [.. Encoding.ASCII.GetBytes(head), .. body ?? []];

    private static async Task<RawAnswer> Exchange(RawHttpConnection connection, string what, byte[] request, int? binaryBody)
    {
        var output = TestContext.Current.TestOutputHelper!;
        var answer = await connection.ExchangeAsync(request);
        var requestHead = binaryBody is { } n ? request.Length - n : request.Length;
        output.WriteLine($"=== {what}: request {request.Length} B (head {requestHead} B), answer {answer.Head.Length + answer.Body.Length} B (head {answer.Head.Length} B, body {answer.Body.Length} B)");
        output.WriteLine(Encoding.ASCII.GetString(request, 0, requestHead) + (binaryBody is null ? "" : Convert.ToHexString(request, requestHead, binaryBody.Value)));
        output.WriteLine("---");
        var chunkedOrCompressed = RawHttpConnection.Header(answer.HeadText, "Content-Encoding") is not null;
        output.WriteLine(answer.HeadText + (chunkedOrCompressed ? Convert.ToHexString(answer.Body) : Encoding.UTF8.GetString(answer.Body)));
        output.WriteLine("");
        return answer;
    }
}
