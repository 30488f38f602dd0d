using Cooperation.Grains.Annotations;
using Cooperation.Grains.Annotations.Commands;
using Cooperation.Grains.Missions.Commands;
using Cooperation.Grains.Research;
using Cooperation.Grains.Tests.Missions;
using static Cooperation.Grains.Tests.Annotations.TestAnnotations;

namespace Cooperation.Grains.Tests.Research;

[Collection(ClusterCollection.Name)]
public sealed class CorpusGrainTests(ClusterFixture cluster)
{
    private IGrainFactory Grains => cluster.Grains;

    private static Actor Staff => TestPartnerships.Staff;

    private static Actor Researcher => TestPartnerships.Researcher;

    private ICorpusGrain Corpus(IPartnershipGrain partnership) => Grains.GetGrain<ICorpusGrain>(partnership.GetPrimaryKeyString());

    private static Annotate Tag(string id, Actor actor, TextSelector selector, string tag, AnnotationVisibility visibility = AnnotationVisibility.Partnership) =>
        new($"annotate-{id}", actor, id, 1, selector, AnnotationMotivation.Tagging, "", AnnotationLanguage.Fr, [tag], visibility);

    /// <summary>Words typed without accents and in capitals find the report's section, the accented words marked in its snippet.</summary>
    [Fact]
    public async Task Search_WithoutAccentsInCapitals_FindsSectionWithMatchesMarked()
    {
        var (partnership, _, _) = await SubmittedReportAsync(Grains);

        var page = await Corpus(partnership).SearchAsync(Staff, "EQUIPER ecoles", 10, 0);

        var hit = Assert.Single(page.Hits);
        Assert.Equal((CorpusSource.ProgressReport, "nextSteps", 1), (hit.Passage.Source, hit.Passage.Section, hit.Passage.Version));
        Assert.Equal("Équiper les écoles à la rentrée.", hit.Snippet);
        Assert.Equal(["Équiper", "écoles"], hit.Marks.Select(m => hit.Snippet[m.Start..m.End]));
        Assert.Equal("Rapport d'avancement du 01/01/2026 au 30/06/2026", hit.Passage.DocumentTitle);
    }

    /// <summary>A word matches where a word starts: « cole » is no word of « écoles ».</summary>
    [Fact]
    public async Task Search_InsideAWord_FindsNothing()
    {
        var (partnership, _, _) = await SubmittedReportAsync(Grains);

        Assert.Equal(0, (await Corpus(partnership).SearchAsync(Staff, "cole", 10, 0)).TotalCount);
        Assert.Equal(1, (await Corpus(partnership).SearchAsync(Staff, "ecol", 10, 0)).TotalCount);
    }

    /// <summary>A researcher's private note is found by her, never by another member.</summary>
    [Fact]
    public async Task Search_PrivateNote_FoundByItsAuthorOnly()
    {
        var (partnership, _, annotations) = await SubmittedReportAsync(Grains);
        await annotations.AnnotateAsync(Comment("note", Researcher, Quote(ResultsV1, SurvivingQuote), visibility: AnnotationVisibility.Private,
            text: "Hypothèse : la gouvernance numérique précède l'équipement."));

        var hers = await Corpus(partnership).SearchAsync(Researcher, "gouvernance", 10, 0);
        var theirs = await Corpus(partnership).SearchAsync(Staff, "gouvernance", 10, 0);

        Assert.Equal(CorpusSource.Annotation, Assert.Single(hers.Hits).Passage.Source);
        Assert.Equal(0, theirs.TotalCount);
    }

    /// <summary>A team note is found by the team's members, not by a researcher of another team.</summary>
    [Fact]
    public async Task Search_TeamNote_FoundByTheTeamOnly()
    {
        var (partnership, _, annotations) = await SubmittedReportAsync(Grains);
        var first = await ResearcherAsync(Grains, partnership, "Awa Diop", "LERIS");
        var colleague = await ResearcherAsync(Grains, partnership, "Jean Martin", "LERIS");
        var other = await ResearcherAsync(Grains, partnership, "Eva Lopez", "CIRAD");
        await annotations.AnnotateAsync(Comment("team", first, Quote(ResultsV1, SurvivingQuote), visibility: AnnotationVisibility.Team,
            text: "Appropriation citoyenne du portail."));

        Assert.Equal(1, (await Corpus(partnership).SearchAsync(colleague, "appropriation", 10, 0)).TotalCount);
        Assert.Equal(0, (await Corpus(partnership).SearchAsync(other, "appropriation", 10, 0)).TotalCount);
    }

    /// <summary>An edited note is found by its new words only; a deleted one no more.</summary>
    [Fact]
    public async Task Search_NoteEditedThenDeleted_FollowsIt()
    {
        var (partnership, _, annotations) = await SubmittedReportAsync(Grains);
        var corpus = Corpus(partnership);
        await annotations.AnnotateAsync(Comment("n1", Researcher, Quote(ResultsV1, SurvivingQuote), text: "Sous-préfecture absente."));
        Assert.Equal(1, (await corpus.SearchAsync(Staff, "prefecture", 10, 0)).TotalCount);

        await annotations.EditAsync(new EditAnnotation("edit-n1", Researcher, "n1", Text: "Mairie absente."));
        Assert.Equal(0, (await corpus.SearchAsync(Staff, "prefecture", 10, 0)).TotalCount);
        Assert.Equal(1, (await corpus.SearchAsync(Staff, "mairie", 10, 0)).TotalCount);

        await annotations.DeleteAsync(new DeleteAnnotation("delete-n1", Researcher, "n1"));
        Assert.Equal(0, (await corpus.SearchAsync(Staff, "mairie", 10, 0)).TotalCount);
    }

    /// <summary>A resubmitted report is searched in its new version: a sentence it dropped is found no more.</summary>
    [Fact]
    public async Task Search_ReportResubmitted_SearchesTheNewVersion()
    {
        var (partnership, report, _) = await SubmittedReportAsync(Grains);
        var corpus = Corpus(partnership);
        Assert.Equal(1, (await corpus.SearchAsync(Staff, "agenda 21", 10, 0)).TotalCount);

        await ResubmitAsync(report);

        Assert.Equal(0, (await corpus.SearchAsync(Staff, "agenda 21", 10, 0)).TotalCount);
        var hit = Assert.Single((await corpus.SearchAsync(Staff, "couches", 10, 0)).Hits);
        Assert.Equal(2, hit.Passage.Version);
    }

    /// <summary>A mission's filed report is searched too.</summary>
    [Fact]
    public async Task Search_MissionReport_Found()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var (grain, _) = await TestMissions.PlannedAsync(Grains, partnership);
        await grain.StartAsync(new StartMission("start", Staff, null));
        await grain.FileReportAsync(new FileMissionReport("report-1", Staff, TestMissions.Report()));

        var hit = Assert.Single((await Corpus(partnership).SearchAsync(Researcher, "salle multimedia", 10, 0)).Hits);

        Assert.Equal((CorpusSource.MissionReport, "findings"), (hit.Passage.Source, hit.Passage.Section));
        Assert.Equal("Compte rendu de mission : Échange des animateurs TICE dans les écoles du Sénégal", hit.Passage.DocumentTitle);
    }

    /// <summary>Results come a page at a time, and the total counts them all.</summary>
    [Fact]
    public async Task Search_Pages_CountAllAndSkip()
    {
        var (partnership, _, annotations) = await SubmittedReportAsync(Grains);
        for (var i = 0; i < 3; i++)
            await annotations.AnnotateAsync(Comment($"p{i}", Researcher, Quote(ResultsV1, SurvivingQuote), text: $"Portail citoyen, remarque {i}."));

        var first = await Corpus(partnership).SearchAsync(Staff, "portail", 2, 0);
        var second = await Corpus(partnership).SearchAsync(Staff, "portail", 2, 2);

        Assert.Equal((4, 2, true), (first.TotalCount, first.Hits.Count, first.HasMore));
        Assert.Equal((2, false), (second.Hits.Count, second.HasMore));
    }

    /// <summary>Someone who does not read the partnership is refused, and an empty search is a clear error.</summary>
    [Fact]
    public async Task Search_OutsiderOrNoWord_Refused()
    {
        var (partnership, _, _) = await SubmittedReportAsync(Grains);

        var outsider = await Assert.ThrowsAsync<DomainException>(() => Corpus(partnership).SearchAsync(TestPartnerships.Outsider, "ecole", 10, 0));
        var empty = await Assert.ThrowsAsync<DomainException>(() => Corpus(partnership).SearchAsync(Staff, " « » ", 10, 0));

        Assert.Equal(DomainErrorCode.Forbidden, outsider.Code);
        Assert.Equal(DomainErrorCode.Validation, empty.Code);
    }

    /// <summary>
    /// The codebook holds the coded passages the reader may read (not replies, not someone else's private note),
    /// filtered by tag with case and accents aside.
    /// </summary>
    [Fact]
    public async Task Codebook_ReadablePassagesOnly_FilteredByTag()
    {
        var (partnership, _, annotations) = await SubmittedReportAsync(Grains);
        await annotations.AnnotateAsync(Tag("t1", Researcher, Quote(ResultsV1, SurvivingQuote), "Participation citoyenne"));
        await annotations.AnnotateAsync(Tag("t2", Researcher, Quote(ResultsV1, VanishingQuote), "Événements"));
        await annotations.AnnotateAsync(Tag("t3", Researcher, Quote(ResultsV1, VanishingQuote), "Secret", AnnotationVisibility.Private));
        await annotations.ReplyAsync(Reply("r1", Staff, "t1"));
        var corpus = Corpus(partnership);

        var staffs = await corpus.CodebookAsync(Staff, CodebookFilter.All);
        var hers = await corpus.CodebookAsync(Researcher, CodebookFilter.All);
        var events = await corpus.CodebookAsync(Staff, new CodebookFilter(Tag: "evenements"));

        Assert.Equal(["t1", "t2"], staffs.Select(p => p.Annotation!.Id));
        Assert.Equal(["t1", "t2", "t3"], hers.Select(p => p.Annotation!.Id));
        Assert.Equal("t2", Assert.Single(events).Annotation!.Id);
    }
}
