namespace Cooperation.GraphQL.Sync;

/// <summary>
/// The mutations an outbox may carry in a sync batch: the field work a partner does offline. Sign-in and account
/// administration are not among them: they need an answer before anything else can happen.
/// </summary>
public static class SyncActions
{
    /// <summary>The most actions one batch may carry; a day of an agent's work is about thirty.</summary>
    public const int MaxPerBatch = 200;

    public static IReadOnlyList<string> Names { get; } =
    [
        "planMilestone", "editMilestone", "rescheduleMilestone", "recordMilestoneProgress", "completeMilestone", "cancelMilestone",
        "prepareShipment", "advanceShipment", "receiveShipment", "confirmShipmentItems", "reconcileShipment", "recordItemEvent",
        "draftReport", "editReport", "submitReport", "acknowledgeReport", "returnReport",
        "planMission", "editMission", "startMission", "fileMissionReport", "cancelMission", "commentOnMission",
        // A photo's announcement and commit travel with the text actions; its blocks go by PUT /uploads.
        "announceUpload", "commitUpload", "restartUpload",
        // Annotations written on mission, where the link comes and goes.
        "annotate", "replyToAnnotation", "editAnnotation", "deleteAnnotation",
    ];
}
