using Cooperation.Grains.Annotations;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Sync;

namespace Cooperation.GraphQL.Annotations;

/// <summary>CLR shape of <c>AnnotatedDocumentInput</c>: a report or a mission, by kind and global id.</summary>
public class AnnotatedDocumentInput
{
    public AnnotationTargetKind Kind { get; set; }
    public string Id { get; set; } = "";

    public string Key() => AnnotationLookup.Key(Kind, Id);
}

/// <summary>CLR shape of <c>AnnotationTargetInput</c>: one version of a document.</summary>
public sealed class AnnotationTargetInput : AnnotatedDocumentInput
{
    public int Version { get; set; }
}

/// <summary>CLR shape of <c>TextSelectorInput</c>.</summary>
public sealed class TextSelectorInput
{
    public string Section { get; set; } = "";
    public string Exact { get; set; } = "";
    public int Start { get; set; }
    public int End { get; set; }
    public string? Prefix { get; set; }
    public string? Suffix { get; set; }

    public TextSelector ToSelector() => new(Section, Exact, Prefix ?? "", Suffix ?? "", Start, End);
}

/// <summary>CLR shape of <c>AnnotateInput</c>.</summary>
public sealed class AnnotateInput : IClientMutationInput, IOutsidePartnershipAction
{
    /// <summary>An application's annotations are no partnership's: not in a partnership's sync.</summary>
    public bool IsOutsidePartnerships => Target.Kind == AnnotationTargetKind.Application;

    public string ClientMutationId { get; set; } = "";
    public string AnnotationId { get; set; } = "";
    public AnnotationTargetInput Target { get; set; } = new();
    public TextSelectorInput Selector { get; set; } = new();
    public AnnotationMotivation Motivation { get; set; }
    public string? Text { get; set; }
    public AnnotationLanguage Language { get; set; } = AnnotationLanguage.Fr;
    public List<string>? Tags { get; set; }
    public AnnotationVisibility Visibility { get; set; } = AnnotationVisibility.Partnership;
}

/// <summary>What every action on an existing annotation carries: its document and its id.</summary>
public abstract class AnnotationChangeInput : IClientMutationInput, IOutsidePartnershipAction
{
    /// <summary>An application's annotations are no partnership's: not in a partnership's sync.</summary>
    public bool IsOutsidePartnerships => Document.Kind == AnnotationTargetKind.Application;

    public string ClientMutationId { get; set; } = "";
    public AnnotatedDocumentInput Document { get; set; } = new();
    public string AnnotationId { get; set; } = "";
}

/// <summary>CLR shape of <c>ReplyToAnnotationInput</c>: <see cref="AnnotationChangeInput.AnnotationId"/> is the reply's own id.</summary>
public sealed class ReplyToAnnotationInput : AnnotationChangeInput
{
    public string ReplyTo { get; set; } = "";
    public string? Text { get; set; }
    public AnnotationLanguage Language { get; set; } = AnnotationLanguage.Fr;
}

/// <summary>CLR shape of <c>EditAnnotationInput</c>: a part left out stays as it is.</summary>
public sealed class EditAnnotationInput : AnnotationChangeInput
{
    public string? Text { get; set; }
    public AnnotationLanguage? Language { get; set; }
    public List<string>? Tags { get; set; }
}

/// <summary>CLR shape of <c>DeleteAnnotationInput</c>.</summary>
public sealed class DeleteAnnotationInput : AnnotationChangeInput;
