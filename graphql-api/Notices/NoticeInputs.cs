using Cooperation.Grains.Notices;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Notices;

/// <summary>CLR shape of <c>MarkNoticesReadInput</c>.</summary>
public sealed class MarkNoticesReadInput
{
    public string ClientMutationId { get; set; } = "";

    /// <summary>Null: all of them.</summary>
    public List<string>? Ids { get; set; }
}

public sealed class MarkNoticesReadInputType : InputObjectGraphType<MarkNoticesReadInput>
{
    public MarkNoticesReadInputType()
    {
        Name = "MarkNoticesReadInput";
        Description = "Marquer des avis lus (tous sans « ids »). / Mark notices read (all of them without 'ids').";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("ids");
    }
}

/// <summary>CLR shape of <c>SetNoticeChoiceInput</c>.</summary>
public sealed class SetNoticeChoiceInput
{
    public string ClientMutationId { get; set; } = "";
    public NoticeChoice Choice { get; set; }
}

public sealed class SetNoticeChoiceInputType : InputObjectGraphType<SetNoticeChoiceInput>
{
    public SetNoticeChoiceInputType()
    {
        Name = "SetNoticeChoiceInput";
        Description = "Choisir comment recevoir ses avis par courriel. / Choose how to receive one's notices by e-mail.";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        Field<NonNullGraphType<NoticeChoiceType>>("choice");
    }
}

/// <summary>What the notice mutations answer: the first page afterwards.</summary>
public sealed record NoticesPayload(string ClientMutationId, NoticePage Notices);

[DoNotRegister] // built once per mutation with its own name
public sealed class NoticesPayloadType : ObjectGraphType<NoticesPayload>
{
    public NoticesPayloadType(string name)
    {
        Name = name;
        Field(p => p.ClientMutationId);
        Field<NonNullGraphType<NoticePageType>>("notices").Resolve(c => c.Source.Notices);
        this.FieldsGuardedByParent();
    }
}
