namespace Cooperation.GraphQL.Tests.Access;

// What each mutation would change, read back from its input before and after a refusal (AccessMatrixTests): the
// partnership's revision moves with any change to it or to what hangs off it, the entity named shows the rest. Read
// by the administrator, who reads every partnership and every file.
public static partial class AccessCases
{
    /// <summary>The read-back of each mutation, by its name; a row may bring its own.</summary>
    private static IReadOnlyDictionary<string, ReadBack> ReadBacks => new Dictionary<string, ReadBack>
    {
        ["sync"] = Admin(_ => $"{{ {OwnRevision} }}"),
        ["planMilestone"] = OwnWith("milestones { id title }"),
        ["editMilestone"] = Milestone,
        ["rescheduleMilestone"] = Milestone,
        ["recordMilestoneProgress"] = Milestone,
        ["completeMilestone"] = Milestone,
        ["cancelMilestone"] = Milestone,
        ["invitePerson"] = Person,
        ["setMembership"] = Person,
        ["setAccountRoles"] = Person,
        ["revokeSessions"] = Person,
        ["issueResetCode"] = Person,
        ["resetPassword"] = Person,
        ["renewInvitation"] = Person,
        ["reinvitePerson"] = Person,
        ["prepareShipment"] = OwnWith("shipments { title }"),
        ["advanceShipment"] = Shipment,
        ["receiveShipment"] = Shipment,
        ["confirmShipmentItems"] = Shipment,
        ["reconcileShipment"] = Shipment,
        ["recordItemEvent"] = Shipment,
        ["draftReport"] = OwnWith("reports { key status }"),
        ["editReport"] = Report,
        ["submitReport"] = Report,
        ["acknowledgeReport"] = Report,
        ["returnReport"] = Report,
        ["planMission"] = OwnWith("missions { title }"),
        ["editMission"] = Mission,
        ["startMission"] = Mission,
        ["fileMissionReport"] = Mission,
        ["cancelMission"] = Mission,
        ["commentOnMission"] = Mission,
        ["announceUpload"] = Upload,
        ["commitUpload"] = Upload,
        ["restartUpload"] = Upload,
        ["annotate"] = DocumentAnnotations,
        ["replyToAnnotation"] = DocumentAnnotations,
        ["editAnnotation"] = DocumentAnnotations,
        ["deleteAnnotation"] = DocumentAnnotations,
        ["createFundCall"] = Admin(_ => "{ fundCalls { code } }"),
        ["editFundCall"] = Admin(i => $"{{ fundCall(id: \"{Text(i, "callId")}\") {{ revision title envelope deadline }} }}"),
        ["draftFundApplication"] = Admin(i => $"{{ fundCall(id: \"{Text(i, "callId")}\") {{ applications {{ number status }} }} }}"),
        ["editFundApplication"] = Application,
        ["submitFundApplication"] = Application,
        ["returnFundApplication"] = Application,
        ["assignReviewer"] = Application,
        ["declareConflictOfInterest"] = Application,
        ["recuseFromReview"] = Application,
        ["scoreFundApplication"] = Application,
        ["submitReview"] = Application,
        ["grantFundApplication"] = Application,
        ["declineFundApplication"] = Application,
    };

    /// <summary>The rows with the read-back of their mutation, unless they bring their own.</summary>
    private static IReadOnlyList<AccessCase> WithReadBacks(IEnumerable<AccessCase> rows)
    {
        var readBacks = ReadBacks;
        return [.. rows.Select(r => r.ReadBack is null && r.Field.StartsWith("Mutation.", StringComparison.Ordinal)
            && readBacks.TryGetValue(r.Field["Mutation.".Length..].Split('(')[0], out var readBack) ? r with { ReadBack = readBack } : r)];
    }

    /// <summary>The own partnership's revision, which any change to it or to what hangs off it moves.</summary>
    private static string OwnRevision => $"partnership(id: \"{Own}\") {{ revision }}";

    /// <summary>The own partnership's revision and some of its lists.</summary>
    private static ReadBack OwnWith(string fields) => Admin(_ => $"{{ partnership(id: \"{Own}\") {{ revision {fields} }} }}");

    private static ReadBack Admin(Func<JsonNode, string> query) => new(Role.Administrator, query);

    private static string Text(JsonNode input, string name) => input[name]!.GetValue<string>();

    private static ReadBack Milestone => Admin(i =>
        $"{{ {OwnRevision} node(id: \"{Text(i, "milestoneId")}\") {{ ... on Milestone {{ title description startOn dueOn progress status version }} }} }}");

    private static ReadBack Person => Admin(i =>
        $"{{ person(email: \"{Text(i, "email")}\") {{ displayName status roles memberships {{ role }} history {{ nodes {{ action }} }} }} }}");

    private static ReadBack Shipment => Admin(i =>
        $"{{ {OwnRevision} shipment(id: \"{Text(i, "shipmentId")}\") {{ version status items {{ verdict {{ verdict }} disputes {{ verdict }} events {{ kind }} }} }} }}");

    private static ReadBack Report => Admin(i => $"{{ {OwnRevision} report(id: \"{Text(i, "reportId")}\") {{ revision status }} }}");

    private static ReadBack Mission => Admin(i => $"{{ {OwnRevision} mission(id: \"{Text(i, "missionId")}\") {{ version status }} }}");

    private static ReadBack Upload => Admin(i =>
        $"{{ upload(partnershipId: \"{Own}\", uploadId: \"{Text(i, "uploadId")}\") {{ status missingBlocks expiresAt }} }}");

    private static ReadBack Application => Admin(i => $"{{ fundApplication(id: \"{Text(i, "applicationId")}\") {{ revision status history {{ nodes {{ action }} }} }} }}");

    /// <summary>
    /// The annotations of the document named (an annotate's target, another command's document) that the administrator
    /// reads: a partnership's shared ones, a fund file's team ones; rows about private notes read as their creator.
    /// </summary>
    private static ReadBack DocumentAnnotations => Admin(i =>
    {
        var document = i["target"] ?? i["document"]!;
        return $"{{ annotations(target: {{ kind: {Text(document, "kind")}, id: \"{Text(document, "id")}\", version: 1 }}, first: 100) {{ totalCount nodes {{ annotations {{ annotation {{ annotationId text deleted modifiedAt }} }} }} }} }}";
    });
}
