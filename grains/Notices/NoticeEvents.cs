using System.Globalization;

namespace Cooperation.Grains.Notices;

/// <summary>
/// Each event's notice, worded once, French first. Its id names the event — the report and its due date, the action's
/// client mutation id, the reply — so that the event told twice is one notice.
/// </summary>
public static class NoticeEvents
{
    public static Notice ReportDueSoon(string reportKey, string partnership, DateOnly periodStart, DateOnly periodEnd, DateOnly dueOn, DateTimeOffset at) => new(
        $"report-due-soon:{reportKey}:{dueOn:yyyy-MM-dd}", NoticeKind.ReportDueSoon,
        $"Rapport à rendre le {NoticeMail.French(dueOn)}",
        $"Report due on {NoticeMail.English(dueOn)}",
        $"Le rapport d'avancement de « {partnership} » ({Period(periodStart, periodEnd, NoticeMail.French)}) est à soumettre d'ici le {NoticeMail.French(dueOn)}.",
        $"The progress report of '{partnership}' ({Period(periodStart, periodEnd, NoticeMail.English)}) is to be submitted by {NoticeMail.English(dueOn)}.",
        ReportLink(reportKey), at);

    public static Notice ReportOverdue(string reportKey, string partnership, DateOnly periodStart, DateOnly periodEnd, DateOnly dueOn, DateTimeOffset at) => new(
        $"report-overdue:{reportKey}:{dueOn:yyyy-MM-dd}", NoticeKind.ReportOverdue,
        "Rapport en retard",
        "Report overdue",
        $"Le rapport d'avancement de « {partnership} » ({Period(periodStart, periodEnd, NoticeMail.French)}) devait être soumis le {NoticeMail.French(dueOn)}.",
        $"The progress report of '{partnership}' ({Period(periodStart, periodEnd, NoticeMail.English)}) was due on {NoticeMail.English(dueOn)}.",
        ReportLink(reportKey), at);

    public static Notice ReportReturned(string reportKey, string partnership, int version, string by, string comment, DateTimeOffset at) => new(
        $"report-returned:{reportKey}:{version.ToString(CultureInfo.InvariantCulture)}", NoticeKind.ReportReturned,
        "Rapport renvoyé pour modifications",
        "Report returned for changes",
        $"{by} a renvoyé la version {version} du rapport de « {partnership} »{Because(comment, " : ")}",
        $"{by} returned version {version} of the report of '{partnership}'{Because(comment, ": ")}",
        ReportLink(reportKey), at);

    public static Notice DeliveryProblem(string shipmentKey, string shipment, string partnership, int damaged, int missing, string by, string actionId, DateTimeOffset at) => new(
        $"delivery-problem:{shipmentKey}:{actionId}", NoticeKind.DeliveryProblem,
        $"Livraison : {Count(damaged, "abîmé", "abîmés")}, {Count(missing, "manquant", "manquants")}",
        $"Delivery: {damaged} damaged, {missing} missing",
        $"{by} a confirmé à la réception de « {shipment} » ({partnership}) : {Count(damaged, "article abîmé", "articles abîmés")}, {Count(missing, "article manquant", "articles manquants")}.",
        $"{by} confirmed on receiving '{shipment}' ({partnership}): {damaged} damaged item(s), {missing} missing item(s).",
        null, at);

    public static Notice ReviewerAssigned(string applicationKey, string title, string by, DateTimeOffset at) => new(
        $"reviewer-assigned:{applicationKey}", NoticeKind.ReviewerAssigned,
        "Dossier à instruire",
        "Application to review",
        $"{by} vous a confié l'instruction du dossier « {title} » ({applicationKey}).",
        $"{by} assigned you to review the application '{title}' ({applicationKey}).",
        null, at);

    public static Notice AnnotationReply(string replyId, string by, string text, DateTimeOffset at) => new(
        $"annotation-reply:{replyId}", NoticeKind.AnnotationReply,
        "Réponse à votre note",
        "Reply to your note",
        $"{by} a répondu : « {Excerpt(text)} »",
        $"{by} replied: '{Excerpt(text)}'",
        null, at);

    public static Notice Invitation(string address, string displayName, string code, DateTimeOffset expiresAt, DateTimeOffset at) => new(
        $"invitation:{address}:{expiresAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}", NoticeKind.Invitation,
        "Votre invitation à Coopération",
        "Your invitation to Coopération",
        $"Bonjour {displayName}, votre code d'invitation est {code}. Il fixe votre mot de passe à votre première connexion ; il vaut jusqu'au {NoticeMail.French(DateOnly.FromDateTime(expiresAt.UtcDateTime))}, une seule fois.",
        $"Hello {displayName}, your invitation code is {code}. It sets your password when you first sign in; it is valid until {NoticeMail.English(DateOnly.FromDateTime(expiresAt.UtcDateTime))}, once.",
        null, at, MailOnly: true);

    public static Notice ResetCode(string address, string code, DateTimeOffset expiresAt, DateTimeOffset at) => new(
        $"reset-code:{address}:{expiresAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}", NoticeKind.ResetCode,
        "Votre code de réinitialisation",
        "Your password reset code",
        $"Votre code de réinitialisation est {code}. Il fixe un nouveau mot de passe ; il vaut jusqu'au {NoticeMail.French(DateOnly.FromDateTime(expiresAt.UtcDateTime))}, une seule fois. Si vous ne l'avez pas demandé, prévenez votre administrateur.",
        $"Your password reset code is {code}. It sets a new password; it is valid until {NoticeMail.English(DateOnly.FromDateTime(expiresAt.UtcDateTime))}, once. If you did not ask for it, tell your administrator.",
        null, at, MailOnly: true);

    private static string? ReportLink(string reportKey)
    {
        var slash = reportKey.IndexOf('/');
        return slash < 0 ? null : $"#/r/{reportKey[..slash]}/{reportKey[(slash + 1)..]}";
    }

    private static string Period(DateOnly start, DateOnly end, Func<DateOnly, string> day) => $"{day(start)} – {day(end)}";

    private static string Because(string comment, string colon) => comment.Length == 0 ? "." : $"{colon}« {Excerpt(comment)} »";

    private static string Count(int n, string one, string many) => $"{n} {(n > 1 ? many : one)}";

    private static string Excerpt(string text) => text.Length <= 200 ? text : string.Concat(text.AsSpan(0, 199), "…");
}
