namespace Cooperation.Grains.Shipments;

/// <summary>How a verdict reads in a sentence, in each language.</summary>
public static class ReceiptVerdictNames
{
    public static string French(ReceiptVerdict verdict) => verdict switch
    {
        ReceiptVerdict.Received => "reçu",
        ReceiptVerdict.Damaged => "abîmé",
        ReceiptVerdict.Missing => "manquant",
        _ => verdict.ToString(),
    };

    public static string English(ReceiptVerdict verdict) => verdict switch
    {
        ReceiptVerdict.Received => "received",
        ReceiptVerdict.Damaged => "damaged",
        ReceiptVerdict.Missing => "missing",
        _ => verdict.ToString(),
    };
}
