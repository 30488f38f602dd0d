using PdfSharp.Fonts;

namespace Cooperation.GraphQL.Exports.Council;

/// <summary>
/// The PDF's typeface, DejaVu Sans, read from the Debian package fonts-dejavu-core: PDFsharp finds no font by itself on
/// Linux, and DejaVu has every letter of French (and of the partners' names) in one free font.
/// </summary>
public sealed class CouncilFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    public const string Package = "fonts-dejavu-core";
    public const string Folder = "/usr/share/fonts/truetype/dejavu";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lazy<bool> Installed = new(() =>
    {
        GlobalFontSettings.FontResolver ??= new CouncilFonts();
        return true;
    });

    /// <summary>Makes PDFsharp use these fonts (once per process); fails naming the package when the font is not installed.</summary>
    public static void Require()
    {
        foreach (var face in new[] { Regular, Bold })
            if (!File.Exists(PathOf(face)))
                throw new InvalidOperationException(
                    $"La police {Family} manque ({PathOf(face)}) : installez le paquet Debian {Package}. / "
                    + $"The {Family} font is missing ({PathOf(face)}): install the Debian package {Package}.");
        _ = Installed.Value;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        familyName.Equals(Family, StringComparison.OrdinalIgnoreCase) ? new FontResolverInfo(bold ? Bold : Regular) : null;

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(PathOf(faceName));

    private static string PathOf(string face) => Path.Combine(Folder, face + ".ttf");
}
