using Cooperation.GraphQL.Tests.Uploads;
using static Cooperation.GraphQL.Tests.Access.AccessCase;

namespace Cooperation.GraphQL.Tests.Access;

// The photo upload rows of the access matrix: receipt photos are sent (announced, committed, restarted) by the South
// side; every member reads where an upload stands. Each row gets an upload of its own, announced by the administrator
// for an item of a fresh shipment.
public static partial class AccessCases
{
    private static IReadOnlyList<AccessCase> Uploads =>
    [
        new("Query.upload", async (m, _) => ($"{{ upload(partnershipId: \"{Own}\", uploadId: \"{await FreshUploadAsync(m, blocksSent: false)}\") {{ status blockCount missingBlocks expiresAt }} }}", null),
            AllowedFor(OwnMembers)),
        new("Mutation.announceUpload", async (m, _) =>
        {
            var photo = UploadRequests.Jpeg(1000);
            var input = UploadRequests.ItemPhoto(Own, UploadRequests.NewUploadId(), await FreshShipmentAsync(m, received: false), "i1", photo);
            return ("mutation($i: AnnounceUploadInput!) { announceUpload(input: $i) { clientMutationId } }", input);
        }, AllowedFor(Role.SouthAgentOwn, Role.Administrator)),
        new("Mutation.commitUpload", async (m, _) => Change("commitUpload", "CommitUploadInput",
            new { clientMutationId = MatrixContext.Id(), partnershipId = Own, uploadId = await FreshUploadAsync(m, blocksSent: true) }),
            AllowedFor(Role.SouthAgentOwn, Role.Administrator)),
        new("Mutation.restartUpload", async (m, _) => Change("restartUpload", "RestartUploadInput",
            new { clientMutationId = MatrixContext.Id(), partnershipId = Own, uploadId = await FreshUploadAsync(m, blocksSent: false) }),
            AllowedFor(Role.SouthAgentOwn, Role.Administrator)),
    ];

    /// <summary>A receipt photo of the own partnership announced by the administrator (and its one block sent); returns its upload id.</summary>
    private static async Task<string> FreshUploadAsync(MatrixContext m, bool blocksSent)
    {
        var token = await m.TokenAsync(Role.Administrator);
        var uploadId = UploadRequests.NewUploadId();
        var photo = UploadRequests.Jpeg(1000);
        var (_, body) = await m.Http.PostGraphQLAsync(UploadRequests.Announce,
            UploadRequests.ItemPhoto(Own, uploadId, await FreshShipmentAsync(m, received: false), "i1", photo), token);
        if (body["errors"] is not null)
            throw new InvalidOperationException($"Announce failed: {body.ToJsonString()}");
        if (blocksSent)
            await m.Http.PutAllAsync(token!, Own, uploadId, photo);
        return uploadId;
    }
}
