using System.Globalization;
using System.Text.RegularExpressions;
using Cooperation.Grains.Annotations;
using Cooperation.Grains.Funding.Calls;

namespace Cooperation.Grains.Funding.Applications;

/// <summary>
/// The input rules of an application and of its key, checked before anything changes so that a refusal leaves the
/// application as it was.
/// </summary>
/// <remarks>
/// Key: <c>"{callCode}/{number}"</c>, e.g. <c>"fsn-2026/2"</c>: the call numbers its applications, so the key says
/// nothing of who applies (blind review).
/// </remarks>
public static partial class FundApplicationRules
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 8000;
    public const int MaxResultsLength = 4000;
    public const int MaxLines = 30;
    public const int MaxLineTextLength = 200;
    public const int MaxPieces = 20;
    public const int MaxReferenceLength = 300;
    public const int MaxReasonLength = 2000;
    public const int MaxCitations = 10;

    public static string Key(string callCode, int number) => $"{FundCallRules.Code(callCode)}/{number.ToString(CultureInfo.InvariantCulture)}";

    public static (string CallCode, int Number) ParseKey(string? key)
    {
        if (key is null || KeyPattern().Match(key) is not { Success: true } match
            || !int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
            throw FundErrors.InvalidApplicationKey(key ?? "");
        return (match.Groups["call"].Value, number);
    }

    public static bool IsValidKey(string? key) => key is not null && KeyPattern().IsMatch(key);

    public static string Title(string? text) => Text(text, MaxTitleLength, "L'intitulé du projet", "The project title");

    public static string Description(string? text) => Text(text, MaxDescriptionLength, "La description du projet", "The project description");

    public static string ExpectedResults(string? text) => Text(text, MaxResultsLength, "Les résultats attendus", "The expected results");

    public static decimal RequestedAmount(decimal amount) => FundCallRules.Amount(amount, "le montant demandé", "the requested amount", allowZero: true);

    public static IReadOnlyList<CoFinancingLine> CoFinancing(IReadOnlyList<CoFinancingLine>? lines)
    {
        lines ??= [];
        Count(lines.Count, MaxLines, "lignes de cofinancement", "co-financing lines");
        return [.. lines.Select(l => new CoFinancingLine(
            LineText(l.Funder, "Le nom du cofinanceur", "The co-funder's name"),
            FundCallRules.Amount(l.Amount, $"le cofinancement de « {l.Funder} »", $"co-financing by '{l.Funder}'"),
            l.Secured))];
    }

    public static IReadOnlyList<BudgetLine> Budget(IReadOnlyList<BudgetLine>? lines)
    {
        lines ??= [];
        Count(lines.Count, MaxLines, "lignes de budget", "budget lines");
        return [.. lines.Select(l => new BudgetLine(
            LineText(l.Label, "L'intitulé d'une ligne de budget", "A budget line's label"),
            FundCallRules.Amount(l.Amount, $"la ligne de budget « {l.Label} »", $"budget line '{l.Label}'")))];
    }

    public static IReadOnlyList<ApplicationPiece> Pieces(IReadOnlyList<ApplicationPiece>? pieces)
    {
        pieces ??= [];
        Count(pieces.Count, MaxPieces, "pièces jointes", "attached pieces");
        var result = new List<ApplicationPiece>(pieces.Count);
        foreach (var piece in pieces)
        {
            if (!Enum.IsDefined(piece.Kind))
                throw FundErrors.Invalid("Type de pièce inconnu.", "Unknown kind of piece.");
            var name = LineText(piece.Name, "Le nom d'une pièce", "A piece's name");
            var uploadId = string.IsNullOrWhiteSpace(piece.UploadId) ? null : piece.UploadId.Trim();
            var reference = string.IsNullOrWhiteSpace(piece.DocumentReference) ? null : piece.DocumentReference.Trim();
            if (uploadId is null && reference is null)
                throw FundErrors.Invalid(
                    $"Pièce « {name} » : donnez l'identifiant du fichier envoyé ou la référence du document.",
                    $"Piece '{name}': give the uploaded file's id or the document's reference.");
            if (uploadId is not null && !Uploads.UploadRules.IsValidUploadId(uploadId))
                throw FundErrors.Invalid(
                    $"Pièce « {name} » : « {uploadId} » n'est pas un identifiant de fichier envoyé.",
                    $"Piece '{name}': '{uploadId}' is not an uploaded file's id.");
            if (reference is { Length: > MaxReferenceLength })
                throw FundErrors.Invalid(
                    $"Pièce « {name} » : la référence dépasse {MaxReferenceLength} caractères.",
                    $"Piece '{name}': the reference is longer than {MaxReferenceLength} characters.");
            result.Add(new ApplicationPiece(piece.Kind, name, uploadId, reference));
        }
        return result;
    }

    /// <summary>The whole content of a draft, checked part by part.</summary>
    public static ApplicationContent Content(ApplicationContent content) => new(
        Title(content.Title), Description(content.Description), ExpectedResults(content.ExpectedResults),
        RequestedAmount(content.RequestedAmount), CoFinancing(content.CoFinancing), Budget(content.Budget), Pieces(content.Pieces));

    /// <summary>A required reason (return, decision, recusal, override, declaration).</summary>
    public static string Reason(string? text, string whatFr, string whatEn)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxReasonLength)
            throw FundErrors.Invalid(
                $"{whatFr} est obligatoire ({MaxReasonLength} caractères au plus).",
                $"{whatEn} is required (at most {MaxReasonLength} characters).");
        return trimmed;
    }

    public static string? Comment(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length > MaxReasonLength)
            throw FundErrors.Invalid($"Le commentaire dépasse {MaxReasonLength} caractères.", $"The comment is longer than {MaxReasonLength} characters.");
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>Each citation checked against the version's sections and made complete; the first bad one is refused.</summary>
    public static IReadOnlyList<TextSelector> Citations(IReadOnlyDictionary<string, string> sections, IReadOnlyList<TextSelector>? citations)
    {
        citations ??= [];
        Count(citations.Count, MaxCitations, "citations", "citations");
        var result = new List<TextSelector>(citations.Count);
        for (var i = 0; i < citations.Count; i++)
        {
            var selector = citations[i] with { Section = citations[i].Section ?? "", Exact = citations[i].Exact ?? "" };
            result.Add(TextAnchoring.Anchor(sections, selector, out var problem) ?? throw FundErrors.BadCitation(i + 1, problem!));
        }
        return result;
    }

    private static string Text(string? text, int max, string whatFr, string whatEn)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length > max)
            throw FundErrors.Invalid($"{whatFr} dépasse {max} caractères ({trimmed.Length}).", $"{whatEn} is longer than {max} characters ({trimmed.Length}).");
        return trimmed;
    }

    private static string LineText(string? text, string whatFr, string whatEn)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxLineTextLength)
            throw FundErrors.Invalid(
                $"{whatFr} est obligatoire ({MaxLineTextLength} caractères au plus).",
                $"{whatEn} is required (at most {MaxLineTextLength} characters).");
        return trimmed;
    }

    private static void Count(int count, int max, string whatFr, string whatEn)
    {
        if (count > max)
            throw FundErrors.Invalid($"Au plus {max} {whatFr} ({count}).", $"At most {max} {whatEn} ({count}).");
    }

    [GeneratedRegex(@"^(?<call>[a-z0-9][a-z0-9-]{0,39})/(?<number>[1-9][0-9]{0,5})$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
