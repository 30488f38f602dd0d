namespace Cooperation.Grains.Annotations;

/// <summary>The language an annotation's text is written in (the body's <c>language</c> in W3C terms).</summary>
public enum AnnotationLanguage
{
    /// <summary>Français (fr).</summary>
    Fr,

    /// <summary>English (en).</summary>
    En,
}
