namespace Cooperation.Grains.Money;

/// <summary>
/// A document proving a transaction (a délibération, an invoice, a transfer notice): an uploaded file's id (sent through
/// the resumable upload, aimed at the ledger), or a reference to a document kept elsewhere, or both.
/// </summary>
/// <param name="Name">As the person sees it (« Avis de virement BOA du 14 mars »).</param>
[GenerateSerializer, Immutable]
public sealed record LedgerDocument(
    [property: Id(0)] string Name,
    [property: Id(1)] string? UploadId,
    [property: Id(2)] string? DocumentReference);
