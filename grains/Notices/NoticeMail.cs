using System.Globalization;
using System.Text;

namespace Cooperation.Grains.Notices;

/// <summary>What a notice, or a day's notices, becomes by mail: French first, English below, plain text.</summary>
public static class NoticeMail
{
    private const string Separator = "————————————————————";

    private static readonly CultureInfo FrenchCulture = CultureInfo.GetCultureInfo("fr-FR");

    public static OutgoingMail Of(string to, Notice notice)
    {
        var text = new StringBuilder()
            .AppendLine(notice.TitleFr).AppendLine().AppendLine(notice.TextFr).AppendLine()
            .AppendLine(notice.MailOnly ? "" : "Vos avis sont aussi dans l'application, rubrique « Avis », où vous choisissez comment les recevoir.")
            .AppendLine().AppendLine(Separator).AppendLine()
            .AppendLine(notice.TitleEn).AppendLine().AppendLine(notice.TextEn).AppendLine()
            .AppendLine(notice.MailOnly ? "" : "Your notices are also in the app, under « Avis » (Notices), where you choose how you receive them.");
        return new OutgoingMail(notice.Id, to, $"{notice.TitleFr} / {notice.TitleEn}", text.ToString());
    }

    /// <summary>One mail for the day's notices; its id names the person and the day, so a day has one digest.</summary>
    public static OutgoingMail Digest(string to, DateOnly day, IReadOnlyList<Notice> notices)
    {
        var text = new StringBuilder().AppendLine($"Vos avis du {French(day)} :").AppendLine();
        foreach (var notice in notices)
            text.AppendLine($"• {notice.TitleFr}").AppendLine($"  {notice.TextFr}").AppendLine();
        text.AppendLine(Separator).AppendLine().AppendLine($"Your notices of {English(day)}:").AppendLine();
        foreach (var notice in notices)
            text.AppendLine($"• {notice.TitleEn}").AppendLine($"  {notice.TextEn}").AppendLine();
        return new OutgoingMail(
            $"digest:{to}:{day:yyyy-MM-dd}", to,
            $"Vos avis du {French(day)} ({notices.Count}) / Your notices of {English(day)} ({notices.Count})", text.ToString());
    }

    public static string French(DateOnly day) => day.ToString("d MMMM yyyy", FrenchCulture);

    public static string English(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
