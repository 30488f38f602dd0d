using Cooperation.Grains.Notices;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Notices;

public sealed class NoticeKindType : EnumerationGraphType<NoticeKind>
{
    public NoticeKindType()
    {
        Name = "NoticeKind";
        Description = "Ce qui s'est passé. / What happened.";
    }
}

public sealed class NoticeChoiceType : EnumerationGraphType<NoticeChoice>
{
    public NoticeChoiceType()
    {
        Name = "NoticeChoice";
        Description = "Par courriel : à chaque avis, un résumé par jour, ou jamais. / By e-mail: each notice, a daily digest, or never.";
    }
}

/// <summary>One notice of the signed-in person.</summary>
public sealed class NoticeType : ObjectGraphType<Notice>
{
    public NoticeType()
    {
        Name = "Notice";
        Description = "Un avis : ce qui s'est passé, en français et en anglais. / A notice: what happened, in French and English.";
        Field(n => n.Id).Description("Nommé d'après l'événement. / Named after the event.");
        Field<NonNullGraphType<NoticeKindType>>("kind").Resolve(c => c.Source.Kind);
        Field(n => n.TitleFr);
        Field(n => n.TitleEn);
        Field(n => n.TextFr);
        Field(n => n.TextEn);
        Field(n => n.Link, nullable: true).Description("Écran de l'application concerné (« #/r/… »). / The app's screen concerned ('#/r/…').");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field(n => n.Read);
        this.FieldsGuardedByParent();
    }
}

/// <summary>A page of the signed-in person's notices, newest first, with what the header shows.</summary>
public sealed class NoticePageType : ObjectGraphType<NoticePage>
{
    public NoticePageType()
    {
        Name = "NoticePage";
        Description = "Ses avis, du plus récent au plus ancien, par pages. / One's notices, newest first, a page at a time.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NoticeType>>>>("nodes").Resolve(c => c.Source.Notices);
        Field(p => p.Offset).Description("Position du premier avis de la page. / Position of the page's first notice.");
        Field(p => p.TotalCount);
        Field(p => p.UnreadCount).Description("Avis non lus. / Unread notices.");
        Field<NonNullGraphType<BooleanGraphType>>("hasMore").Resolve(c => c.Source.Offset + c.Source.Notices.Count < c.Source.TotalCount);
        Field<NonNullGraphType<NoticeChoiceType>>("choice").Description("Comment elle les reçoit par courriel. / How she receives them by e-mail.")
            .Resolve(c => c.Source.Choice);
        this.FieldsGuardedByParent();
    }
}
