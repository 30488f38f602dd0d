namespace Cooperation.GraphQL.Exports.Council;

/// <summary>The council's report as an A4 PDF, laid out from the same blocks as the printable page.</summary>
public static class CouncilPdf
{
    public const string MediaType = "application/pdf";

    public static byte[] Write(CouncilReport report, CouncilLanguage words)
    {
        using var layout = new PdfLayout(CouncilDocument.Title(report, words));
        foreach (var block in CouncilDocument.Compose(report, words))
        {
            switch (block)
            {
                case CouncilTitle title:
                    layout.Title(title.Text, title.Lines);
                    break;
                case CouncilHeading heading:
                    layout.Heading(heading.Text);
                    break;
                case CouncilParagraph paragraph:
                    layout.Paragraph(paragraph.Text);
                    break;
                case CouncilTable table:
                    layout.Table(table.Headers, table.Widths, table.Rows);
                    break;
                case CouncilPicture picture:
                    layout.Picture(picture.Photo.Bytes, picture.Caption);
                    break;
            }
        }
        return layout.Finish();
    }
}
