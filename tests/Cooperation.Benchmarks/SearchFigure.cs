using System.Diagnostics;
using Cooperation.Grains.Annotations;
using Cooperation.Grains.Common;
using Cooperation.Grains.Research;

namespace Cooperation.Benchmarks;

/// <summary>
/// `./bench search`: what a search costs the corpus of a partnership with years of writing, in memory as the corpus
/// grain holds it — twenty years of half-yearly reports (four sections of about 3,000 characters each), ten missions a
/// year with their reports, and 1,000 annotations (the most one document may carry) — folding it as the grain does on
/// waking, then answering French queries typed without accents. The text is generated, not taken from a seed: only its
/// size matters here. Times are printed, never asserted.
/// </summary>
public static class SearchFigure
{
    private static readonly string[] Words =
    [
        "école", "élèves", "enseignants", "salle", "multimédia", "ordinateurs", "reconditionnés", "formation", "maintenance",
        "réseau", "électricité", "coupures", "mairie", "commune", "citoyens", "portail", "données", "géographiques", "atelier",
        "délégation", "sénégalaise", "évaluation", "appropriation", "numérique", "bibliothèque", "collège", "lycée", "préfecture",
    ];

    public static void Run()
    {
        var random = new Random(17);
        string Paragraph(int length)
        {
            var text = new System.Text.StringBuilder(length + 20);
            while (text.Length < length)
                text.Append(Words[random.Next(Words.Length)]).Append(random.Next(12) == 0 ? ". " : " ");
            return text.ToString();
        }

        var passages = new List<CorpusPassage>();
        var day = new DateTimeOffset(2006, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var report = 0; report < 40; report++)
            foreach (var section in new[] { "activities", "results", "difficulties", "nextSteps" })
                passages.Add(new(CorpusSource.ProgressReport, AnnotationTargetKind.ProgressReport, $"p/{report}", "Rapport", 1, section, Paragraph(3000), day.AddDays(182 * report), null));
        for (var mission = 0; mission < 200; mission++)
            foreach (var section in new[] { "whatWasDone", "findings", "followUp" })
                passages.Add(new(CorpusSource.MissionReport, AnnotationTargetKind.MissionReport, $"p/m{mission}", "Mission", 1, section, Paragraph(1500), day.AddDays(36 * mission), null));
        var creator = new Actor("chercheuse@univ.example", "Chercheuse");
        for (var note = 0; note < 1000; note++)
        {
            var annotation = new Annotation($"n{note}", new AnnotationTarget(AnnotationTargetKind.ProgressReport, $"p/{note % 40}", 1),
                new TextSelector("results", Paragraph(60), "", "", 0, 60), null, AnnotationMotivation.Commenting, Paragraph(300),
                AnnotationLanguage.Fr, [], AnnotationVisibility.Partnership, null, creator, day.AddDays(note * 7), null, false);
            passages.Add(new(CorpusSource.Annotation, AnnotationTargetKind.ProgressReport, annotation.Target.DocumentId, "Rapport", 1, "results", annotation.Text, annotation.Created, annotation));
        }
        var characters = passages.Sum(p => p.Searchable.Length);

        var clock = Stopwatch.StartNew();
        var folded = passages.Select(p => (Passage: p, Text: FoldedText.Of(p.Searchable))).ToList();
        var foldTime = clock.Elapsed;
        Console.WriteLine($"search — corpus of {passages.Count} passages, {characters / 1000} k characters; folded on waking in {foldTime.TotalMilliseconds:0} ms");

        foreach (var text in new[] { "ecole", "ELECTRICITE coupures", "prefecture appropriation numerique", "introuvable" })
        {
            var query = CorpusQuery.Parse(text);
            var found = 0;
            clock.Restart();
            const int Rounds = 20;
            for (var round = 0; round < Rounds; round++)
                found = folded.Count(p => query.Match(p.Passage, p.Text) is not null);
            Console.WriteLine($"  « {text} »: {found} passages, {clock.Elapsed.TotalMilliseconds / Rounds:0.0} ms a search (mean of {Rounds})");
        }
    }
}
