using Cooperation.Grains.Accounts;
using Cooperation.Grains.Accounts.Commands;
using Cooperation.Grains.Annotations;
using Cooperation.Grains.Tests.Accounts;
using Cooperation.Grains.Tests.Funding;
using static Cooperation.Grains.Tests.Annotations.TestAnnotations;

namespace Cooperation.Grains.Tests.Annotations;

/// <summary>
/// A version's annotations read a thread at a time, newest thread first: a page holds whole threads, counts and names
/// only those the reader reads, and a cursor keeps its place while threads are added.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class AnnotationThreadPageTests(ClusterFixture cluster)
{
    private IGrainFactory Grains => cluster.Grains;

    private static Actor Staff => TestPartnerships.Staff;

    private static Actor South => TestPartnerships.SouthAgent;

    private static TextSelector Passage => Quote(ResultsV1, SurvivingQuote);

    private static string[] Ids(AnnotationThreadPage page) => [.. page.Threads.SelectMany(t => t.Annotations).Select(a => a.Annotation.Id)];

    private static AnnotationThreadPageRequest After(AnnotationThreadPage page, int first = 2) => new(first, page.Threads[^1].Key);

    /// <summary>
    /// Five threads, the first answered twice after the last was opened: pages of two threads come newest first, and the
    /// first thread's replies come with it on the last page, never apart.
    /// </summary>
    [Fact]
    public async Task Pages_NewestThreadFirst_EachThreadWhole()
    {
        var (_, _, annotations) = await SubmittedReportAsync(Grains);
        foreach (var n in Enumerable.Range(1, 5))
            await annotations.AnnotateAsync(Comment($"t{n}", Staff, Passage));
        await annotations.ReplyAsync(Reply("t1-r1", South, "t1"));
        await annotations.ReplyAsync(Reply("t1-r2", Staff, "t1-r1"));
        await annotations.ReplyAsync(Reply("t4-r1", South, "t4"));

        var first = await annotations.ListThreadsOnVersionAsync(Staff, 1, new(2));
        var second = await annotations.ListThreadsOnVersionAsync(Staff, 1, After(first));
        var last = await annotations.ListThreadsOnVersionAsync(Staff, 1, After(second));

        Assert.Equal(["t5", "t4", "t4-r1"], Ids(first));
        Assert.Equal(["t3", "t2"], Ids(second));
        Assert.Equal(["t1", "t1-r1", "t1-r2"], Ids(last));
        Assert.Equal((5, 5, 5), (first.TotalCount, second.TotalCount, last.TotalCount));
        Assert.Equal((true, false), (first.HasOlder, first.HasNewer));
        Assert.Equal((true, true), (second.HasOlder, second.HasNewer));
        Assert.Equal((false, true), (last.HasOlder, last.HasNewer));
    }

    /// <summary>A cursor names a thread, not a place in the list: threads opened since, and replies, do not move it.</summary>
    [Fact]
    public async Task Cursor_ThreadsAddedSince_KeepsItsPlace()
    {
        var (_, _, annotations) = await SubmittedReportAsync(Grains);
        foreach (var n in Enumerable.Range(1, 4))
            await annotations.AnnotateAsync(Comment($"t{n}", Staff, Passage));
        var first = await annotations.ListThreadsOnVersionAsync(Staff, 1, new(2));

        await annotations.AnnotateAsync(Comment("t5", South, Passage));
        await annotations.ReplyAsync(Reply("t3-r1", South, "t3"));
        var second = await annotations.ListThreadsOnVersionAsync(Staff, 1, After(first));

        Assert.Equal(["t4", "t3"], Ids(first));
        Assert.Equal(["t2", "t1"], Ids(second));
        Assert.Equal(5, second.TotalCount);
    }

    /// <summary>
    /// Threads a reader may not read are not counted, and a cursor naming one of them, taken from the person who reads
    /// it, is refused exactly as a cursor naming no thread at all, and as one without its creator's tag.
    /// </summary>
    [Fact]
    public async Task HiddenThreads_NotCountedNorNamedByCursor()
    {
        var (partnership, _, annotations) = await SubmittedReportAsync(Grains);
        var helene = await ResearcherAsync(Grains, partnership, "Hélène Dupuis", "LISST-CIEU");
        await annotations.AnnotateAsync(Comment("shared-1", Staff, Passage));
        await annotations.AnnotateAsync(Comment("private", helene, Passage, visibility: AnnotationVisibility.Private));
        await annotations.AnnotateAsync(Comment("team", helene, Passage, visibility: AnnotationVisibility.Team));
        await annotations.AnnotateAsync(Comment("shared-2", helene, Passage));

        var heleneReads = await annotations.ListThreadsOnVersionAsync(helene, 1, new(10));
        var southReads = await annotations.ListThreadsOnVersionAsync(South, 1, new(10));
        var privateKey = heleneReads.Threads.Single(t => t.Annotations[0].Annotation.Id == "private").Key;
        var taken = await Assert.ThrowsAsync<DomainException>(() => annotations.ListThreadsOnVersionAsync(South, 1, new(10, privateKey)));
        var unknown = await Assert.ThrowsAsync<DomainException>(() =>
            annotations.ListThreadsOnVersionAsync(South, 1, new(10, privateKey with { Id = "no-such-thread" })));
        var untagged = await Assert.ThrowsAsync<DomainException>(() =>
            annotations.ListThreadsOnVersionAsync(South, 1, new(10, new AnnotationKey(null, "shared-1"))));

        Assert.Equal(["shared-2", "team", "private", "shared-1"], Ids(heleneReads));
        Assert.Equal(["shared-2", "shared-1"], Ids(southReads));
        Assert.Equal((4, 2), (heleneReads.TotalCount, southReads.TotalCount));
        Assert.All([taken, unknown, untagged], e => Assert.Equal((DomainErrorCode.Validation, unknown.MessageFr, unknown.MessageEn), (e.Code, e.MessageFr, e.MessageEn)));
        Assert.Equal(["shared-1"], Ids(await annotations.ListThreadsOnVersionAsync(South, 1, new(10, southReads.Threads[0].Key))));
    }

    /// <summary>
    /// A thread whose first annotation its reader may no longer read (an administrator who replied in her team's
    /// thread, then left the partnership) is still hers to read without it: the thread is named by her reply, and the
    /// hidden annotation is named by no cursor.
    /// </summary>
    [Fact]
    public async Task ThreadWithHiddenFirstAnnotation_NamedByWhatTheReaderReads()
    {
        var (partnership, _, annotations) = await SubmittedReportAsync(Grains);
        var helene = await ResearcherAsync(Grains, partnership, "Hélène Dupuis", "LISST-CIEU");
        var marie = new Actor($"{Guid.NewGuid():N}@univ.example", "Marie Sarr");
        var account = Grains.GetGrain<IAccountGrain>(marie.Id);
        var invitation = await account.InviteAsync(new InvitePerson($"invite-{marie.Id}", Actor.Seed, marie.DisplayName, [AccountRole.Administrator],
            [new Membership(partnership.GetPrimaryKeyString(), MemberRole.ThirdPartner)], "LISST-CIEU"));
        await account.AcceptInvitationAsync(invitation.Code, TestAccounts.Password);
        await annotations.AnnotateAsync(Comment("team", helene, Passage, visibility: AnnotationVisibility.Team));
        await annotations.ReplyAsync(Reply("marie-reply", marie, "team"));
        await annotations.AnnotateAsync(Comment("newer", Staff, Passage));
        var rootKey = (await annotations.ThreadsOnVersionAsync(helene, 1))[0].Key;
        await account.SetMembershipAsync(new SetMembership("leave", await TestAccounts.NewAdministratorAsync(Grains), partnership.GetPrimaryKeyString(), null));

        var read = await annotations.ListThreadsOnVersionAsync(marie, 1, new(1));
        var next = await annotations.ListThreadsOnVersionAsync(marie, 1, After(read, 1));
        var byHiddenRoot = await Assert.ThrowsAsync<DomainException>(() => annotations.ListThreadsOnVersionAsync(marie, 1, new(1, rootKey)));

        Assert.Equal(["newer"], Ids(read));
        Assert.Equal(["marie-reply"], Ids(next));
        Assert.Equal(2, next.TotalCount);
        Assert.Equal(DomainErrorCode.Validation, byHiddenRoot.Code);
    }

    /// <summary>The applicant reads no annotation of her file, whatever page she asks for.</summary>
    [Fact]
    public async Task Application_Applicant_ReadsNoPage()
    {
        var call = await TestFunds.NewCallAsync(Grains, cluster);
        var (_, application) = await TestFunds.SubmittedAsync(Grains, call);
        var annotations = Grains.GetGrain<IAnnotationsGrain>(AnnotationRules.KeyFor(AnnotationTargetKind.Application, application.GetPrimaryKeyString()));

        var refused = await Assert.ThrowsAsync<DomainException>(() => annotations.ListThreadsOnVersionAsync(Staff, 1, new(1)));

        Assert.Equal(DomainErrorCode.Forbidden, refused.Code);
    }

    /// <summary>A page of no thread, or of more than a hundred, is refused.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(HistoryPageRequest.MaxFirst + 1)]
    public async Task First_OutOfRange_Refused(int first)
    {
        var (_, _, annotations) = await SubmittedReportAsync(Grains);

        var refused = await Assert.ThrowsAsync<DomainException>(() => annotations.ListThreadsOnVersionAsync(Staff, 1, new(first)));

        Assert.Equal(DomainErrorCode.Validation, refused.Code);
    }

    /// <summary>
    /// Two people choose the same id, neither seeing the other's annotation: both are kept, each read again by its
    /// key, and a key without creator names the reader's own, as ids named annotations before creators told them apart.
    /// </summary>
    [Fact]
    public async Task SameIdTwoCreators_EachReadByItsKey()
    {
        var (partnership, _, annotations) = await SubmittedReportAsync(Grains);
        var helene = await ResearcherAsync(Grains, partnership, "Hélène Dupuis", "LISST-CIEU");
        var hers = await annotations.AnnotateAsync(Comment("note", helene, Passage, visibility: AnnotationVisibility.Private, text: "Pour moi."));
        var staffs = await annotations.AnnotateAsync(Comment("note", Staff, Passage, text: "Pour tous.") with { ClientMutationId = "annotate-note-staff" });

        var (herKey, staffKey) = (AnnotationKey.Of(hers), AnnotationKey.Of(staffs));
        var heleneReads = await annotations.ThreadsOnVersionAsync(helene, 1);

        Assert.NotEqual(herKey, staffKey);
        Assert.Equal([herKey, staffKey], heleneReads.Select(t => t.Key));
        Assert.Equal("Pour moi.", (await annotations.GetAsync(helene, herKey)).Text);
        Assert.Equal("Pour tous.", (await annotations.GetAsync(helene, staffKey)).Text);
        Assert.Equal("Pour moi.", (await annotations.GetAsync(helene, new AnnotationKey(null, "note"))).Text);
        Assert.Equal("Pour tous.", (await annotations.GetAsync(South, new AnnotationKey(null, "note"))).Text);
        var hidden = await Assert.ThrowsAsync<DomainException>(() => annotations.GetAsync(South, herKey));
        Assert.Equal(DomainErrorCode.NotFound, hidden.Code);
        Assert.DoesNotContain(helene.Id, herKey.ToString(), StringComparison.Ordinal);
    }
}
