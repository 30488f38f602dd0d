using System.Text;
using Cooperation.Grains.Annotations;
using Cooperation.Grains.Common;
using Cooperation.Grains.Research;
using Cooperation.GraphQL.Research;

namespace Cooperation.GraphQL.Tests.Research;

public sealed class CodebookCsvTests
{
    private static readonly Annotation Coded = new(
        "code-1", new AnnotationTarget(AnnotationTargetKind.MissionReport, "seneclic/mission-2027", 2),
        new TextSelector("findings", "- la salle \"multimédia\" ; fermée", "", "", 10, 43), null, AnnotationMotivation.Tagging,
        "À revoir", AnnotationLanguage.Fr, ["équipement", "=accès"], AnnotationVisibility.Team, "LISST-CIEU",
        new Actor("helene.dupuis@lisst.example", "Hélène Dupuis"), new DateTimeOffset(2027, 3, 5, 23, 30, 0, TimeSpan.FromHours(-2)), null, false);

    /// <summary>
    /// The exact bytes of a codebook of one coded passage: BOM, French header, one row with its cells quoted and
    /// neutralised as a spreadsheet needs (a passage starting with « - », a quote, a semicolon), the day in UTC.
    /// </summary>
    [Fact]
    public void Write_OneCodedPassage_ExactFile()
    {
        var passage = new CorpusPassage(CorpusSource.Annotation, AnnotationTargetKind.MissionReport, "seneclic/mission-2027",
            "Compte rendu de mission : Échange des animateurs TICE", 2, "findings", "À revoir", Coded.Created, Coded);

        var bytes = CodebookCsv.Write([passage]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(
            "Étiquettes;Passage;Commentaire;Document;Version;Section;Auteur;Équipe;Date\r\n"
            + "équipement, =accès;\"'- la salle \"\"multimédia\"\" ; fermée\";À revoir;Compte rendu de mission : Échange des animateurs TICE;2;findings;Hélène Dupuis;LISST-CIEU;2027-03-06\r\n",
            Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }
}
