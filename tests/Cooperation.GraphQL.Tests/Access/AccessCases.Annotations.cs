using Cooperation.GraphQL.Tests.Annotations;
using static Cooperation.GraphQL.Tests.Access.AccessCase;

namespace Cooperation.GraphQL.Tests.Access;

// The annotation rows of the access matrix: members of any side read and annotate (administrators read, but are not
// members, so they do not write); only the creator edits or deletes, so those rows act on a fresh annotation of the
// own partnership's researcher. On an application, the fund's people on it read and write (its managers, administrators
// included, and its assigned reviewer), never the applicant partnership.
public static partial class AccessCases
{
    private static IReadOnlyList<AccessCase> Annotations =>
    [
        new("Query.annotations", (_, _) => Doc(
            $"{{ annotations(target: {{ kind: PROGRESS_REPORT, id: \"{AnnotationRequests.SeededReport}\", version: 1 }}, first: 100) {{ totalCount nodes {{ annotations {{ anchoring annotation {{ text }} }} }} }} }}"),
            AllowedFor(OwnMembers)),
        new("Query.node(Annotation)", async (m, _) => ($"{{ node(id: \"{await FreshAnnotationAsync(m, globalId: true)}\") {{ ... on Annotation {{ text }} }} }}", null),
            AllowedFor(OwnMembers)),
        new("Mutation.annotate", (_, _) => Task.FromResult(Change("annotate", "AnnotateInput",
            AnnotationRequests.AnnotateInput(AnnotationRequests.SeededReport, AnnotationRequests.NewId("matrix"),
                AnnotationRequests.Selector(AnnotationRequests.ReportResults, "projets communaux")))),
            AllowedFor(Role.NorthStaffOwn, Role.SouthAgentOwn, Role.ThirdPartnerOwn)),
        new("Mutation.replyToAnnotation", (_, _) => Task.FromResult(Change("replyToAnnotation", "ReplyToAnnotationInput",
            new { clientMutationId = MatrixContext.Id(), document = AnnotationRequests.Document(AnnotationRequests.SeededReport), annotationId = AnnotationRequests.NewId("reply"), replyTo = "lisst-portail", text = "Réponse de la matrice." })),
            AllowedFor(Role.NorthStaffOwn, Role.SouthAgentOwn, Role.ThirdPartnerOwn)),
        new("Mutation.editAnnotation", async (m, _) => Change("editAnnotation", "EditAnnotationInput",
            new { clientMutationId = MatrixContext.Id(), document = AnnotationRequests.Document(AnnotationRequests.SeededReport), annotationId = await FreshAnnotationAsync(m), text = "Texte revu." }),
            AllowedFor(Role.ThirdPartnerOwn)),
        new("Mutation.deleteAnnotation", async (m, _) => Change("deleteAnnotation", "DeleteAnnotationInput",
            new { clientMutationId = MatrixContext.Id(), document = AnnotationRequests.Document(AnnotationRequests.SeededReport), annotationId = await FreshAnnotationAsync(m) }),
            AllowedFor(Role.ThirdPartnerOwn)),

        new("Query.annotations(Application)", async (m, _) => ($"{{ annotations(target: {{ kind: APPLICATION, id: \"{await FreshFileAsync(m, assigned: true)}\", version: 1 }}, first: 100) {{ totalCount nodes {{ annotations {{ anchoring }} }} }} }}", null),
            AllowedFor(Role.FundReviewer, Role.FundManager, Role.Administrator)),
        new("Mutation.annotate(Application)", async (m, _) => Change("annotate", "AnnotateInput", new
        {
            clientMutationId = MatrixContext.Id(), annotationId = AnnotationRequests.NewId("matrix"),
            target = new { kind = "APPLICATION", id = await FreshFileAsync(m, assigned: true), version = 1 },
            selector = AnnotationRequests.Selector(Funding.FundRequests.Description, "ONG locales", "description"),
            motivation = "COMMENTING", text = "Quelles ONG ?", visibility = "TEAM",
        }), AllowedFor(Role.FundReviewer, Role.FundManager, Role.Administrator)),
    ];

    /// <summary>
    /// A partnership-wide annotation of the seeded report by the own partnership's researcher; returns its id, or its
    /// global id.
    /// </summary>
    private static async Task<string> FreshAnnotationAsync(MatrixContext m, bool globalId = false)
    {
        var id = AnnotationRequests.NewId("matrix");
        var (_, body) = await m.Http.PostGraphQLAsync(AnnotationRequests.Annotate,
            new { i = AnnotationRequests.AnnotateInput(AnnotationRequests.SeededReport, id, AnnotationRequests.Selector(AnnotationRequests.ReportResults, "le portail")) },
            await m.TokenAsync(Role.ThirdPartnerOwn));
        return body["errors"] is not null ? throw new InvalidOperationException($"Annotate failed: {body.ToJsonString()}")
            : globalId ? body["data"]!["annotate"]!["annotation"]!["id"]!.GetValue<string>() : id;
    }
}
