namespace Cooperation.Grains.Notices;

/// <summary>What happened, for the notices list's wording and for the person's choices.</summary>
public enum NoticeKind
{
    /// <summary>A report falls due in 14 days and is not yet submitted.</summary>
    ReportDueSoon,

    /// <summary>A report's due date passed without a submission.</summary>
    ReportOverdue,

    /// <summary>The South returned a report for changes.</summary>
    ReportReturned,

    /// <summary>Items of a delivery were confirmed damaged or missing.</summary>
    DeliveryProblem,

    /// <summary>A fund manager assigned the person an application to review.</summary>
    ReviewerAssigned,

    /// <summary>Someone replied to the person's annotation.</summary>
    AnnotationReply,

    /// <summary>An invitation code, sent to the address (mail only).</summary>
    Invitation,

    /// <summary>A password reset code, sent to the address (mail only).</summary>
    ResetCode,
}
