using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace Cooperation.GraphQL.Tests.Uploads;

/// <summary>How a phone sends a photo: announce and commit through GraphQL, blocks as raw bytes over HTTP.</summary>
public static class UploadRequests
{
    public const int BlockSize = 32_768;

    public const string Fields = "id uploadId status contentType size sha256 blockSize blockCount missingBlocks createdAt expiresAt committedAt shipmentId itemId reportId applicationId url";

    public const string Announce = $$"""
        mutation($i: AnnounceUploadInput!) { announceUpload(input: $i) { clientMutationId upload { {{Fields}} } } }
        """;

    public const string Commit = $$"""
        mutation($i: CommitUploadInput!) { commitUpload(input: $i) { clientMutationId upload { {{Fields}} } } }
        """;

    public const string Restart = $$"""
        mutation($i: RestartUploadInput!) { restartUpload(input: $i) { clientMutationId upload { {{Fields}} } } }
        """;

    public const string Read = $$"""
        query($p: ID!, $u: String!) { upload(partnershipId: $p, uploadId: $u) { {{Fields}} } }
        """;

    public static string NewUploadId() => $"photo-{Guid.NewGuid():N}";

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>A "JPEG" of <paramref name="size"/> bytes: the format's first bytes, then noise.</summary>
    public static byte[] Jpeg(int size)
    {
        var bytes = new byte[size];
        Random.Shared.NextBytes(bytes);
        new byte[] { 0xFF, 0xD8, 0xFF, 0xE1 }.CopyTo(bytes, 0);
        return bytes;
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static byte[][] Blocks(byte[] photo) => [.. photo.Chunk(BlockSize)];

    /// <summary>The <c>AnnounceUploadInput</c> of a receipt photo of <paramref name="itemId"/>.</summary>
    public static object ItemPhoto(string partnershipId, string uploadId, string shipmentId, string itemId, byte[] photo,
        string contentType = "image/jpeg", string? sha256 = null, string? clientMutationId = null) => new
    {
        i = new
        {
            clientMutationId = clientMutationId ?? NewId("announce"),
            partnershipId,
            uploadId,
            contentType,
            size = photo.Length,
            sha256 = sha256 ?? Sha256(photo),
            shipmentId,
            itemId,
        },
    };

    public static object Change(string partnershipId, string uploadId, string? clientMutationId = null) =>
        new { i = new { clientMutationId = clientMutationId ?? NewId("change"), partnershipId, uploadId } };

    public static async Task<(HttpStatusCode Status, JsonObject? Error)> PutBlockAsync(
        this HttpClient http, string? token, string partnershipId, string uploadId, object index, byte[] bytes, string mediaType = "application/octet-stream")
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/uploads/{partnershipId}/{uploadId}/blocks/{index}")
        {
            Content = new ByteArrayContent(bytes),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject);
    }

    /// <summary>Sends every block, in order.</summary>
    public static async Task PutAllAsync(this HttpClient http, string token, string partnershipId, string uploadId, byte[] photo)
    {
        var blocks = Blocks(photo);
        for (var i = 0; i < blocks.Length; i++)
        {
            var (status, error) = await http.PutBlockAsync(token, partnershipId, uploadId, i, blocks[i]);
            if (status != HttpStatusCode.NoContent)
                throw new InvalidOperationException($"Block {i} refused ({status}): {error?.ToJsonString()}");
        }
    }

    /// <summary>GET of an application's piece, as the fund screens open it.</summary>
    public static async Task<HttpResponseMessage> GetPieceAsync(this HttpClient http, string? token, string applicationId, string uploadId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/applications/{applicationId}/pieces/{uploadId}");
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<HttpResponseMessage> GetPhotoAsync(this HttpClient http, string? token, string partnershipId, string uploadId, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/uploads/{partnershipId}/{uploadId}");
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (ifNoneMatch is not null)
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
