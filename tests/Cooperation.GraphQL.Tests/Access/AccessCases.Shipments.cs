using Cooperation.GraphQL.Tests.Shipments;
using static Cooperation.GraphQL.Tests.Access.AccessCase;

namespace Cooperation.GraphQL.Tests.Access;

// The shipments rows of the access matrix: North staff prepare, ship and reconcile; South agents receive; both sides
// record an item's life; every member reads. Each row that changes a shipment gets one of its own, prepared (and
// shipped, received) by the administrator.
public static partial class AccessCases
{
    private static IReadOnlyList<AccessCase> Shipments =>
    [
        new("Query.shipment", async (m, _) => ($"{{ shipment(id: \"{await FreshShipmentAsync(m, received: false)}\") {{ title status boxes {{ label items {{ serialNumber }} }} reconciliation {{ id }} timeline {{ status }} history {{ nodes {{ action }} }} }} }}", null),
            AllowedFor(OwnMembers)),
        new("Query.serialNumberHistory", (_, _) => Doc($"{{ serialNumberHistory(partnershipId: \"{Own}\", serialNumber: \"DT-MATRIX\") {{ serialNumber events {{ nodes {{ kind }} }} }} }}"),
            AllowedFor(OwnMembers)),
        new("Query.node(Shipment)", async (m, _) => ($"{{ node(id: \"{await FreshShipmentAsync(m, received: false)}\") {{ ... on Shipment {{ title }} }} }}", null),
            AllowedFor(OwnMembers)),
        new("Partnership.shipments", (_, _) => Doc($"{{ partnership(id: \"{Own}\") {{ shipments {{ title status }} }} }}"), AllowedFor(OwnMembers)),

        new("Mutation.prepareShipment", (_, _) => Task.FromResult(Change("prepareShipment", "PrepareShipmentInput",
            ShipmentRequests.PackingList(MatrixContext.Id(), Own, "MATRIX"))), AllowedFor(Role.NorthStaffOwn, Role.Administrator)),
        new("Mutation.advanceShipment", async (m, _) => Change("advanceShipment", "AdvanceShipmentInput",
            new { clientMutationId = MatrixContext.Id(), shipmentId = await FreshShipmentAsync(m, received: false), status = "IN_TRANSIT" }),
            AllowedFor(Role.NorthStaffOwn, Role.Administrator)),
        new("Mutation.receiveShipment", async (m, _) => Change("receiveShipment", "ReceiveShipmentInput",
            new { clientMutationId = MatrixContext.Id(), shipmentId = await FreshShipmentAsync(m, received: false) }),
            AllowedFor(Role.SouthAgentOwn, Role.Administrator)),
        new("Mutation.confirmShipmentItems", async (m, _) => Change("confirmShipmentItems", "ConfirmShipmentItemsInput",
            new
            {
                clientMutationId = MatrixContext.Id(),
                shipmentId = await FreshShipmentAsync(m, received: false),
                verdicts = new object[] { new { boxId = "b1", verdict = "RECEIVED" }, new { itemId = "i3", verdict = "MISSING", reason = "Absent du carton" } },
            }),
            AllowedFor(Role.SouthAgentOwn, Role.Administrator)),
        new("Mutation.reconcileShipment", async (m, _) => Change("reconcileShipment", "ReconcileShipmentInput",
            new { clientMutationId = MatrixContext.Id(), shipmentId = await FreshShipmentAsync(m, received: true), note = "Écarts vus." }),
            AllowedFor(Role.NorthStaffOwn, Role.Administrator)),
        new("Mutation.recordItemEvent", async (m, _) => Change("recordItemEvent", "RecordItemEventInput",
            new { clientMutationId = MatrixContext.Id(), shipmentId = await FreshShipmentAsync(m, received: true), itemId = "i1", @event = "INSTALLED" }),
            AllowedFor(OwnPlanners)),
    ];

    /// <summary>A shipment of the own partnership, prepared and shipped (and received) by the administrator.</summary>
    private static async Task<string> FreshShipmentAsync(MatrixContext m, bool received)
    {
        var token = await m.TokenAsync(Role.Administrator);
        var id = await ShipmentRequests.ShippedAsync(m.Http, token!, Own, "MATRIX");
        if (received)
        {
            var (_, body) = await m.Http.PostGraphQLAsync(
                "mutation($i: ReceiveShipmentInput!) { receiveShipment(input: $i) { clientMutationId } }",
                new { i = new { clientMutationId = MatrixContext.Id(), shipmentId = id } }, token);
            if (body["errors"] is not null)
                throw new InvalidOperationException($"Receipt failed: {body.ToJsonString()}");
        }
        return id;
    }
}
