namespace Cooperation.Grains.Annotations;

/// <summary>Why an annotation was made: the W3C Web Annotation motivations research-action teams use.</summary>
public enum AnnotationMotivation
{
    /// <summary>Commenter (oa:commenting).</summary>
    Commenting,

    /// <summary>Poser une question (oa:questioning).</summary>
    Questioning,

    /// <summary>Étiqueter, with tags from the team's code book (oa:tagging).</summary>
    Tagging,

    /// <summary>Évaluer un passage (oa:assessing).</summary>
    Assessing,

    /// <summary>Répondre à une annotation (oa:replying): only replies have it, and every reply has it.</summary>
    Replying,
}
