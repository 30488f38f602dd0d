namespace Cooperation.GraphQL.Tests.Shipments;

/// <summary>The shipment requests the API tests and the access matrix send, with realistic packing lists.</summary>
public static class ShipmentRequests
{
    /// <summary>Sénéclic's South agent (seeded demo person, see silo/Seeding/DemoPeople.cs).</summary>
    public const string SeneclicSouth = "fatou.ndiaye@education.sn.example";

    public const string Fields = """
        id title status itemCount checkedCount receivedAt receivedBy version
        items { id boxId serialNumber verdict { verdict reason photoId by } disputes { verdict reason by } events { kind note by } }
        reconciliation { id serialNumber verdict { verdict reason photoId by at } disputes { verdict reason by at } }
        """;

    public const string Prepare = $$"""
        mutation($i: PrepareShipmentInput!) { prepareShipment(input: $i) { clientMutationId shipment { {{Fields}} } } }
        """;

    public const string Advance = $$"""
        mutation($i: AdvanceShipmentInput!) { advanceShipment(input: $i) { clientMutationId shipment { {{Fields}} } } }
        """;

    public const string Receive = $$"""
        mutation($i: ReceiveShipmentInput!) { receiveShipment(input: $i) { clientMutationId outcomes { itemId outcome message } shipment { {{Fields}} } } }
        """;

    public const string Confirm = $$"""
        mutation($i: ConfirmShipmentItemsInput!) { confirmShipmentItems(input: $i) { clientMutationId outcomes { itemId outcome message } shipment { {{Fields}} } } }
        """;

    public const string Read = $$"""query($id: ID!) { shipment(id: $id) { {{Fields}} } }""";

    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>Two boxes: b1 = i1 desktop + i2 screen (École de Ngor), b2 = i3 laptop (Mairie de Yoff); serials end with <paramref name="suffix"/>.</summary>
    public static object PrepareInput(string clientMutationId, string partnershipId, string suffix) =>
        new { i = PackingList(clientMutationId, partnershipId, suffix) };

    /// <summary>The <c>PrepareShipmentInput</c> itself.</summary>
    public static object PackingList(string clientMutationId, string partnershipId, string suffix) => new
    {
        clientMutationId,
        partnershipId,
        title = "Envoi de test — écoles de Dakar",
        boxes = new object[]
        {
            new
            {
                label = "Carton 1 — École élémentaire de Ngor",
                items = new object[]
                {
                    Item("DESKTOP", $"DT-{suffix}", "École élémentaire de Ngor, Dakar"),
                    Item("SCREEN", $"SC-{suffix}", "École élémentaire de Ngor, Dakar"),
                },
            },
            new { label = "Carton 2 — Mairie de Yoff", items = new object[] { Item("LAPTOP", $"LP-{suffix}", "Mairie de Yoff, Dakar") } },
        },
    };

    private static object Item(string kind, string serialNumber, string destination) => new
    {
        kind,
        serialNumber,
        destination,
        refurbishment = new { dataWiped = true, systemInstalled = kind == "SCREEN" ? null : "PrimTux 8", tested = true, grade = "A" },
    };

    /// <summary>Prepares and ships a shipment as <paramref name="token"/>'s North person; returns its global id.</summary>
    public static async Task<string> ShippedAsync(HttpClient http, string token, string partnershipId, string suffix)
    {
        var (_, body) = await http.PostGraphQLAsync(Prepare, PrepareInput(NewId("prepare"), partnershipId, suffix), token);
        var id = body["data"]?["prepareShipment"]?["shipment"]?["id"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"Prepare failed: {body.ToJsonString()}");
        var (_, shipped) = await http.PostGraphQLAsync(Advance, new { i = new { clientMutationId = NewId("ship"), shipmentId = id, status = "SHIPPED" } }, token);
        if (shipped["errors"] is not null)
            throw new InvalidOperationException($"Ship failed: {shipped.ToJsonString()}");
        return id;
    }
}
