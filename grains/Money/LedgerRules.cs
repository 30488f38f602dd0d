using System.Globalization;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Uploads;

namespace Cooperation.Grains.Money;

/// <summary>
/// The input rules of a ledger and of its key, checked before anything changes so that a refusal leaves the ledger as
/// it was; and the one conversion to euros.
/// </summary>
public static class LedgerRules
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;
    public const int MaxLines = 200;
    public const int MaxTransactions = 2000;
    public const int MaxDocuments = 10;
    public const int MaxNameLength = 200;
    public const int MaxLabelLength = 300;
    public const int MaxDescriptionLength = 1000;
    public const int MaxNoteLength = 500;
    public const int MaxReferenceLength = 300;

    /// <summary>Ten thousand million of any unit: more than any partnership handles, less than decimal arithmetic worries about.</summary>
    public const decimal MaxAmount = 10_000_000_000m;

    /// <summary>The CFA franc's fixed parity: 655.957 XOF make one euro, since 1999. The screen proposes it; the rate entered is what counts.</summary>
    public const decimal XofPerEuro = 655.957m;

    /// <summary>The key of a partnership's ledger for a year.</summary>
    public static string KeyFor(string slug, int year)
    {
        if (!PartnershipRules.IsValidSlug(slug))
            throw LedgerErrors.InvalidKey($"{slug}/{year}");
        return $"{slug}/{Year(year)}";
    }

    /// <summary>The partnership and year a key names; refuses anything <see cref="KeyFor"/> would not build.</summary>
    public static (string Slug, int Year) ParseKey(string? key)
    {
        if (key?.Split('/') is not [var slug, var digits] || !PartnershipRules.IsValidSlug(slug)
            || digits.Length != 4 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            throw LedgerErrors.InvalidKey(key ?? "");
        return (slug, Year(year));
    }

    /// <summary>Whether a key is well formed, its year in range (for the API and the uploads, before they ask for a grain).</summary>
    public static bool IsValidKey(string? key) =>
        key?.Split('/') is [var slug, var digits] && PartnershipRules.IsValidSlug(slug) && digits.Length == 4
        && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= FirstYear and <= LastYear;

    public static int Year(int year) => year is >= FirstYear and <= LastYear ? year : throw LedgerErrors.Year(year);

    /// <summary>
    /// An amount in a currency converted to euros: divided by the units per euro, then rounded to the cent, half away
    /// from zero (0.005 € → 0.01 €), as the euro's conversion rules have it (Regulation (EC) 1103/97, art. 5).
    /// </summary>
    public static decimal Euros(decimal amount, decimal ratePerEuro) =>
        Math.Round(amount / ratePerEuro, 2, MidpointRounding.AwayFromZero);

    /// <summary>A budget line as entered, checked and cleaned.</summary>
    public static BudgetLineEntry BudgetLine(BudgetLineEntry line)
    {
        var funder = Funder(line.Funder);
        var name = Optional(line.FunderName, MaxNameLength, "Le nom du financeur", "The funder's name");
        if (funder == Money.Funder.OtherCoFinancer && name is null)
            throw LedgerErrors.Invalid(LedgerErrors.FunderNameRequired,
                "Nommez l'autre cofinanceur de cette ligne.", "Name the other co-financer of this line.");
        return new BudgetLineEntry(funder, name, Text(line.Label, MaxLabelLength, "L'intitulé de la ligne", "The line's label"),
            Amount(line.Amount, Currency.EUR, "le montant de la ligne", "the line's amount"));
    }

    /// <summary>
    /// A transaction as entered, checked and cleaned, with its euro amount: the rate is the one entered (1 for euros,
    /// where none is needed); it must be positive and is kept to six decimals.
    /// </summary>
    public static LedgerTransaction Transaction(TransactionEntry entry, int year, string id, string recordedBy)
    {
        if (!Enum.IsDefined(entry.Kind))
            throw LedgerErrors.Invalid(LedgerErrors.UnknownKind, "Type d'opération inconnu.", "Unknown kind of transaction.");
        var currency = CurrencyOf(entry.Currency);
        if (entry.Date.Year != year)
            throw LedgerErrors.Invalid(LedgerErrors.DateOutsideYear,
                $"L'opération est datée du {entry.Date:dd/MM/yyyy} : le budget {year} ne reçoit que des opérations de {year}.",
                $"The transaction is dated {entry.Date:yyyy-MM-dd}: the {year} ledger only takes transactions of {year}.");
        var amount = Amount(entry.Amount, currency, "le montant de l'opération", "the transaction's amount");
        var rate = Rate(entry.RatePerEuro, currency);
        return new LedgerTransaction(
            id, entry.Kind, entry.Date, amount, currency, rate, Euros(amount, rate),
            Party(entry.Provider, "Le payeur", "The provider"), Party(entry.Receiver, "Le bénéficiaire", "The receiver"),
            Text(entry.Description, MaxDescriptionLength, "Le libellé de l'opération", "The transaction's description"),
            Documents(entry.Documents), Receipt: null, Source: null, recordedBy);
    }

    public static string? Note(string? note) => Optional(note, MaxNoteLength, "La remarque", "The note");

    private static Funder Funder(Funder funder) => Enum.IsDefined(funder)
        ? funder
        : throw LedgerErrors.Invalid(LedgerErrors.UnknownFunder, "Financeur inconnu.", "Unknown funder.");

    private static Currency CurrencyOf(Currency currency) => Enum.IsDefined(currency)
        ? currency
        : throw LedgerErrors.Invalid(LedgerErrors.UnknownCurrency,
            "Devise inconnue : l'euro (EUR), le franc CFA (XOF) et le dirham (MAD) sont admis.",
            "Unknown currency: euro (EUR), CFA franc (XOF) and dirham (MAD) are accepted.");

    /// <summary>Positive, at most the currency's minor unit (cents; whole francs CFA), below <see cref="MaxAmount"/>.</summary>
    private static decimal Amount(decimal amount, Currency currency, string whatFr, string whatEn)
    {
        if (amount < 0)
            throw LedgerErrors.Invalid(LedgerErrors.NegativeAmount,
                $"Montant négatif refusé pour {whatFr} ; une correction se saisit en corrigeant l'opération.",
                $"A negative amount is refused for {whatEn}; a correction is entered by correcting the transaction.");
        if (amount == 0)
            throw LedgerErrors.Invalid(LedgerErrors.ZeroAmount, $"Indiquez {whatFr} (il est nul).", $"Give {whatEn} (it is zero).");
        if (amount > MaxAmount)
            throw LedgerErrors.Invalid(LedgerErrors.AmountTooLarge,
                $"Montant trop élevé pour {whatFr}.", $"The amount is too large for {whatEn}.");
        var decimals = currency == Currency.XOF ? 0 : 2;
        if (Math.Round(amount, decimals) != amount)
            throw LedgerErrors.Invalid(LedgerErrors.AmountTooPrecise,
                decimals == 0 ? $"Le franc CFA n'a pas de centimes : {whatFr} se donne en francs entiers." : $"{Capital(whatFr)} se donne au centime près.",
                decimals == 0 ? $"The CFA franc has no cents: {whatEn} is given in whole francs." : $"{Capital(whatEn)} is given to the cent.");
        return amount;
    }

    private static decimal Rate(decimal? rate, Currency currency)
    {
        if (rate is null && currency == Currency.EUR)
            return 1m;
        if (rate is not { } value || value <= 0)
            throw LedgerErrors.Invalid(LedgerErrors.InvalidRate,
                $"Indiquez un taux positif : combien de {currency} font un euro{(currency == Currency.XOF ? " (parité fixe : 655,957)" : "")}.",
                $"Give a positive rate: how many {currency} make one euro{(currency == Currency.XOF ? " (fixed parity: 655.957)" : "")}.");
        if (currency == Currency.EUR && value != 1m)
            throw LedgerErrors.Invalid(LedgerErrors.InvalidRate, "Un montant en euros a pour taux 1.", "An amount in euros has a rate of 1.");
        if (value > 1_000_000m || Math.Round(value, 6) != value)
            throw LedgerErrors.Invalid(LedgerErrors.InvalidRate,
                "Le taux se donne avec au plus six décimales et reste inférieur à un million.",
                "The rate has at most six decimals and stays below one million.");
        return value;
    }

    private static LedgerParty Party(LedgerParty? party, string whoFr, string whoEn)
    {
        if (party is null)
            throw LedgerErrors.Invalid(null, $"{whoFr} est obligatoire.", $"{whoEn} is required.");
        if (party.Funder is { } funder)
            Funder(funder);
        return new LedgerParty(Text(party.Name, MaxNameLength, whoFr, whoEn), party.Funder);
    }

    private static IReadOnlyList<LedgerDocument> Documents(IReadOnlyList<LedgerDocument>? documents)
    {
        documents ??= [];
        if (documents.Count > MaxDocuments)
            throw LedgerErrors.TooMany("pièces par opération", "documents per transaction", MaxDocuments);
        return [.. documents.Select(d =>
        {
            var name = Text(d.Name, MaxNameLength, "Le nom d'une pièce", "A document's name");
            var uploadId = string.IsNullOrWhiteSpace(d.UploadId) ? null : d.UploadId.Trim();
            var reference = Optional(d.DocumentReference, MaxReferenceLength, $"La référence de « {name} »", $"The reference of '{name}'");
            if (uploadId is null && reference is null)
                throw LedgerErrors.Invalid(null,
                    $"Pièce « {name} » : joignez le fichier ou donnez la référence du document.",
                    $"Document '{name}': attach the file or give the document's reference.");
            if (uploadId is not null && !UploadRules.IsValidUploadId(uploadId))
                throw LedgerErrors.Invalid(null,
                    $"Pièce « {name} » : « {uploadId} » n'est pas un identifiant de fichier envoyé.",
                    $"Document '{name}': '{uploadId}' is not an uploaded file's id.");
            return new LedgerDocument(name, uploadId, reference);
        })];
    }

    private static string Text(string? text, int max, string whatFr, string whatEn) =>
        Optional(text, max, whatFr, whatEn) ?? throw LedgerErrors.Invalid(null, $"{whatFr} est obligatoire.", $"{whatEn} is required.");

    private static string? Optional(string? text, int max, string whatFr, string whatEn)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length > max)
            throw LedgerErrors.Invalid(null,
                $"{whatFr} dépasse {max} caractères ({trimmed.Length}).", $"{whatEn} is longer than {max} characters ({trimmed.Length}).");
        return trimmed.Length == 0 ? null : trimmed;
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
