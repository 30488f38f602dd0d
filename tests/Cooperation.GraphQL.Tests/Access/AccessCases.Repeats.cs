using Cooperation.GraphQL.Tests.Annotations;
using Cooperation.GraphQL.Tests.Funding;
using static Cooperation.GraphQL.Tests.Access.AccessCase;

namespace Cooperation.GraphQL.Tests.Access;

// The repeat rows of the access matrix: an action id sent again answers only the person who sent it, for the same
// command about the same thing. Each row first has an action applied under an id, by the role itself ("own id") or by
// someone else ("another's id"), then sends that id again, about another milestone, annotation, item, criterion,
// reviewer or partnership, or about the same one. Whoever may act meets CONFLICT (or the first result, for a true
// repeat); whoever may not is refused as on a first call; a refusal leaves what it named as it was.
public static partial class AccessCases
{
    private static readonly Role[] OwnWriters = [Role.NorthStaffOwn, Role.SouthAgentOwn, Role.ThirdPartnerOwn];

    private static IReadOnlyList<AccessCase> Repeats =>
    [
        // Milestones
        new("Mutation.editMilestone(repeat: own id, another milestone)", async (m, role) =>
        {
            var (first, other, id) = (await m.FreshMilestoneAsync(), await m.FreshMilestoneAsync(), MatrixContext.Id());
            await SendAsync(m, role, EditMilestone(id, first));
            return EditMilestone(id, other);
        }, Meeting(Outcome.Conflict, OwnPlanners)),
        new("Mutation.editMilestone(repeat: another's id, another milestone)", async (m, _) =>
        {
            var (first, other, id) = (await m.FreshMilestoneAsync(), await m.FreshMilestoneAsync(), MatrixContext.Id());
            await SendAsync(m, Role.Administrator, EditMilestone(id, first));
            return EditMilestone(id, other);
        }, Meeting(Outcome.Conflict, OwnPlanners)),
        new("Mutation.editMilestone(repeat: own id, same milestone)", async (m, role) =>
        {
            var (milestone, id) = (await m.FreshMilestoneAsync(), MatrixContext.Id());
            await SendAsync(m, role, EditMilestone(id, milestone));
            return EditMilestone(id, milestone);
        }, AllowedFor(OwnPlanners)),

        // Annotations of a partnership's report: the researcher's private or team note is never read through an id.
        new("Mutation.annotate(repeat: own id, another's private note)", async (m, role) =>
        {
            var (note, id) = (await ResearchersNoteAsync(m, "PRIVATE"), MatrixContext.Id());
            await SendAsync(m, role, Change("annotate", "AnnotateInput", ReportNote(AnnotationRequests.NewId("own"), id)));
            return Change("annotate", "AnnotateInput", ReportNote(note, id));
        }, Meeting(Outcome.Conflict, OwnWriters)) { ReadBack = AsResearcher },
        // Ids are each creator's own: the others make a note of their own, as under an unused id; she sees hers taken.
        new("Mutation.annotate(another's hidden note's id)", async (m, _) =>
            Change("annotate", "AnnotateInput", ReportNote(await ResearchersNoteAsync(m, "PRIVATE"), MatrixContext.Id())),
            Outcomes(Outcome.Forbidden, (Outcome.Allowed, [Role.NorthStaffOwn, Role.SouthAgentOwn]), (Outcome.Conflict, [Role.ThirdPartnerOwn])))
        { ReadBack = AsResearcher },
        new("Mutation.replyToAnnotation(repeat: own id, another's team note)", async (m, role) =>
        {
            var (note, id) = (await ResearchersNoteAsync(m, "TEAM"), MatrixContext.Id());
            await SendAsync(m, role, Reply(AnnotationRequests.NewId("reply"), id));
            return Reply(note, id);
        }, Meeting(Outcome.Conflict, OwnWriters)) { ReadBack = AsResearcher },
        new("Mutation.editAnnotation(repeat: another's id)", async (m, _) =>
        {
            var (note, id) = (await FreshAnnotationAsync(m), MatrixContext.Id());
            await SendAsync(m, Role.ThirdPartnerOwn, EditReportNote(note, id));
            return EditReportNote(note, id);
        }, Outcomes(Outcome.Forbidden, (Outcome.Allowed, [Role.ThirdPartnerOwn]), (Outcome.Conflict, [Role.NorthStaffOwn, Role.SouthAgentOwn, Role.Administrator]))),

        // Annotations of a fund file: the manager's private note is never read through a reviewer's id.
        new("Mutation.annotate(Application)(repeat: own id, the manager's private note)", async (m, role) =>
        {
            var file = await FreshFileAsync(m, assigned: true);
            var (note, id) = (await ManagersNoteAsync(m, file), MatrixContext.Id());
            await SendAsync(m, role, Change("annotate", "AnnotateInput", FileNote(file, AnnotationRequests.NewId("own"), id, "TEAM")));
            return Change("annotate", "AnnotateInput", FileNote(file, note, id, "TEAM"));
        }, Meeting(Outcome.Conflict, Role.FundReviewer, Role.FundManager, Role.Administrator)) { ReadBack = AsFundManager },
        new("Mutation.annotate(Application)(repeat: another's id)", async (m, _) =>
        {
            var file = await FreshFileAsync(m, assigned: true);
            var (note, id) = (AnnotationRequests.NewId("paul"), MatrixContext.Id());
            await SendAsync(m, Role.FundReviewer, Change("annotate", "AnnotateInput", FileNote(file, note, id, "TEAM")));
            return Change("annotate", "AnnotateInput", FileNote(file, note, id, "TEAM"));
        }, Outcomes(Outcome.Forbidden, (Outcome.Allowed, [Role.FundReviewer]), (Outcome.Conflict, [Role.FundManager, Role.Administrator]))),

        // The fund's reviews and assignments
        new("Mutation.scoreFundApplication(repeat: own id, another criterion)", async (m, role) =>
        {
            var (file, id) = (await FreshFileAsync(m, assigned: true), MatrixContext.Id());
            await SendAsync(m, role, Score(id, file, "pertinence", 4));
            return Score(id, file, "budget", 7);
        }, Meeting(Outcome.Conflict, Role.FundReviewer)),
        new("Mutation.assignReviewer(repeat: own id, another reviewer)", async (m, role) =>
        {
            var (file, id) = (await FreshFileAsync(m), MatrixContext.Id());
            await SendAsync(m, role, Assign(id, file, People.Reviewer));
            return Assign(id, file, MatrixContext.UnassignedReviewer);
        }, Meeting(Outcome.Conflict, Managers)),

        // Shipments
        new("Mutation.confirmShipmentItems(repeat: another's id, other items)", async (m, _) =>
        {
            var (shipment, id) = (await FreshShipmentAsync(m, received: false), MatrixContext.Id());
            await SendAsync(m, Role.Administrator, Confirm(id, shipment, "i1"));
            return Confirm(id, shipment, "i2");
        }, Meeting(Outcome.Conflict, Role.SouthAgentOwn, Role.Administrator)),
        new("Mutation.recordItemEvent(repeat: another's id, another item)", async (m, _) =>
        {
            var (shipment, id) = (await FreshShipmentAsync(m, received: true), MatrixContext.Id());
            await SendAsync(m, Role.Administrator, ItemEvent(id, shipment, "i1"));
            return ItemEvent(id, shipment, "i2");
        }, Meeting(Outcome.Conflict, OwnPlanners)),

        // Reports, missions, photos: the id names the whole entity; sent by someone else it is another's action.
        new("Mutation.editReport(repeat: another's id)", async (m, _) =>
        {
            var (report, id) = (await FreshReportAsync(m, submitted: false), MatrixContext.Id());
            var edit = Change("editReport", "EditReportInput", new { clientMutationId = id, reportId = report, results = "Trois couches SIG en service." });
            await SendAsync(m, Role.Administrator, edit);
            return edit;
        }, Outcomes(Outcome.Forbidden, (Outcome.Allowed, [Role.Administrator]), (Outcome.Conflict, [Role.NorthStaffOwn]))),
        new("Mutation.commentOnMission(repeat: another's id)", async (m, _) =>
        {
            var (mission, id) = (await FreshMissionAsync(m), MatrixContext.Id());
            var comment = Change("commentOnMission", "CommentOnMissionInput", new { clientMutationId = id, missionId = mission, text = "Les ateliers auront lieu à la mairie." });
            await SendAsync(m, Role.Administrator, comment);
            return comment;
        }, Outcomes(Outcome.Forbidden, (Outcome.Allowed, [Role.Administrator]), (Outcome.Conflict, [Role.SouthAgentOwn]))),
        new("Mutation.commitUpload(repeat: another's id)", async (m, _) =>
        {
            var (upload, id) = (await FreshUploadAsync(m, blocksSent: true), MatrixContext.Id());
            var commit = Change("commitUpload", "CommitUploadInput", new { clientMutationId = id, partnershipId = Own, uploadId = upload });
            await SendAsync(m, Role.Administrator, commit);
            return commit;
        }, Outcomes(Outcome.Forbidden, (Outcome.Allowed, [Role.Administrator]), (Outcome.Conflict, [Role.SouthAgentOwn]))),

        // Accounts
        new("Mutation.setMembership(repeat: own id, another partnership)", async (m, role) =>
        {
            var (email, id) = ((await m.FreshInvitationAsync()).Email, MatrixContext.Id());
            await SendAsync(m, role, Membership(id, email, Own));
            return Membership(id, email, "seneclic");
        }, Meeting(Outcome.Conflict, Role.Administrator)),
    ];

    /// <summary>Expected outcomes: anonymous UNAUTHENTICATED, the listed roles their outcome, everyone else <paramref name="otherwise"/>.</summary>
    private static IReadOnlyDictionary<Role, Outcome> Outcomes(Outcome otherwise, params (Outcome Outcome, Role[] Roles)[] listed) =>
        Enum.GetValues<Role>().ToDictionary(r => r, r =>
            r == Role.Anonymous ? Outcome.Unauthenticated : listed.Where(l => l.Roles.Contains(r)).Select(l => (Outcome?)l.Outcome).FirstOrDefault() ?? otherwise);

    /// <summary>Sends a request as the role; what it meets is the row's setup, not what the row checks.</summary>
    private static async Task SendAsync(MatrixContext m, Role role, (string Query, object? Variables) request) =>
        await m.Http.PostGraphQLAsync(request.Query, request.Variables, await m.TokenAsync(role));

    /// <summary>The seeded report's annotations as the own partnership's researcher reads them, her private and team notes included.</summary>
    private static ReadBack AsResearcher => new(Role.ThirdPartnerOwn, _ =>
        $"{{ annotations(target: {{ kind: PROGRESS_REPORT, id: \"{AnnotationRequests.SeededReport}\", version: 1 }}, first: 100) {{ totalCount nodes {{ annotations {{ annotation {{ annotationId text visibility }} }} }} }} }}");

    /// <summary>A fund file's annotations as the fund's manager reads them, her private notes included.</summary>
    private static ReadBack AsFundManager => new(Role.FundManager, i =>
        $"{{ annotations(target: {{ kind: APPLICATION, id: \"{i["target"]!["id"]!.GetValue<string>()}\", version: 1 }}, first: 100) {{ totalCount nodes {{ annotations {{ annotation {{ annotationId text visibility }} }} }} }} }}");

    private static (string, object?) EditMilestone(string id, string milestone) =>
        Change("editMilestone", "EditMilestoneInput", new { clientMutationId = id, milestoneId = milestone, title = "Titre revu par la matrice" });

    private static object ReportNote(string annotationId, string clientMutationId) => AnnotationRequests.AnnotateInput(
        AnnotationRequests.SeededReport, annotationId, AnnotationRequests.Selector(AnnotationRequests.ReportResults, "projets communaux"), clientMutationId: clientMutationId);

    private static (string, object?) Reply(string annotationId, string clientMutationId) => Change("replyToAnnotation", "ReplyToAnnotationInput", new
    {
        clientMutationId, document = AnnotationRequests.Document(AnnotationRequests.SeededReport), annotationId, replyTo = "lisst-portail", text = "Réponse de la matrice.",
    });

    private static (string, object?) EditReportNote(string annotationId, string clientMutationId) => Change("editAnnotation", "EditAnnotationInput",
        new { clientMutationId, document = AnnotationRequests.Document(AnnotationRequests.SeededReport), annotationId, text = "Texte revu." });

    /// <summary>A note of the own partnership's researcher (LISST-CIEU) on the seeded report, private or for her team; returns its id.</summary>
    private static async Task<string> ResearchersNoteAsync(MatrixContext m, string visibility)
    {
        var id = AnnotationRequests.NewId("hidden");
        var (_, body) = await m.Http.PostGraphQLAsync(AnnotationRequests.Annotate,
            new { i = AnnotationRequests.AnnotateInput(AnnotationRequests.SeededReport, id, AnnotationRequests.Selector(AnnotationRequests.ReportResults, "le portail"), visibility: visibility) },
            await m.TokenAsync(Role.ThirdPartnerOwn));
        return body["errors"] is null ? id : throw new InvalidOperationException($"The researcher's note failed: {body.ToJsonString()}");
    }

    private static object FileNote(string file, string annotationId, string clientMutationId, string visibility) => new
    {
        clientMutationId, annotationId,
        target = new { kind = "APPLICATION", id = file, version = 1 },
        selector = AnnotationRequests.Selector(FundRequests.Description, "ONG locales", "description"),
        motivation = "COMMENTING", text = "Note de la matrice sur le dossier.", visibility,
    };

    /// <summary>The fund manager's private note on the file; returns its id.</summary>
    private static async Task<string> ManagersNoteAsync(MatrixContext m, string file)
    {
        var id = AnnotationRequests.NewId("gestion");
        var (_, body) = await m.Http.PostGraphQLAsync(AnnotationRequests.Annotate, new { i = FileNote(file, id, MatrixContext.Id(), "PRIVATE") }, await m.TokenAsync(Role.FundManager));
        return body["errors"] is null ? id : throw new InvalidOperationException($"The manager's note failed: {body.ToJsonString()}");
    }

    private static (string, object?) Score(string id, string file, string criterion, int score) => Change("scoreFundApplication", "ScoreFundApplicationInput",
        new { clientMutationId = id, applicationId = file, criterion, score, justification = "Note de la matrice." });

    private static (string, object?) Assign(string id, string file, string reviewerEmail) =>
        Change("assignReviewer", "AssignReviewerInput", new { clientMutationId = id, applicationId = file, reviewerEmail });

    private static (string, object?) Confirm(string id, string shipment, string item) => Change("confirmShipmentItems", "ConfirmShipmentItemsInput",
        new { clientMutationId = id, shipmentId = shipment, verdicts = new object[] { new { itemId = item, verdict = "RECEIVED" } } });

    private static (string, object?) ItemEvent(string id, string shipment, string item) =>
        Change("recordItemEvent", "RecordItemEventInput", new { clientMutationId = id, shipmentId = shipment, itemId = item, @event = "INSTALLED" });

    private static (string, object?) Membership(string id, string email, string partnership) =>
        Change("setMembership", "SetMembershipInput", new { clientMutationId = id, email, partnershipId = partnership, role = "THIRD_PARTNER" });
}
