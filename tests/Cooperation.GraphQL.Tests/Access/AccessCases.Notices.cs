using static Cooperation.GraphQL.Tests.Access.AccessCase;

namespace Cooperation.GraphQL.Tests.Access;

// Notices: each signed-in person reads, marks and sets her own, and only hers (the field is on the viewer; another
// person's, through person(email), is refused by the notices themselves: NoticeMailTests).
public static partial class AccessCases
{
    /// <summary>Only someone not signed in is refused, and has no notices: the administrator's own stay as they were.</summary>
    private static ReadBack OwnNotices => new(Role.Administrator, _ => "{ viewer { notices { unreadCount choice } } }");

    private static IReadOnlyList<AccessCase> Notices =>
    [
        new("Person.notices", (_, _) => Doc("{ viewer { notices(first: 5) { totalCount unreadCount choice nodes { titleFr } } } }"), AnySignedIn),
        new("Mutation.markNoticesRead", (_, _) => Task.FromResult(Change("markNoticesRead", "MarkNoticesReadInput",
            new { clientMutationId = MatrixContext.Id() })), AnySignedIn) { ReadBack = OwnNotices },
        new("Mutation.setNoticeChoice", (_, _) => Task.FromResult(Change("setNoticeChoice", "SetNoticeChoiceInput",
            new { clientMutationId = MatrixContext.Id(), choice = "EACH_EVENT" })), AnySignedIn) { ReadBack = OwnNotices },
    ];
}
