namespace Cooperation.Grains.Annotations;

/// <summary>Where an annotation stands on the version it is read on.</summary>
public enum AnnotationAnchoring
{
    /// <summary>Made on this very version: its selector is exact here.</summary>
    OnThisVersion,

    /// <summary>Made on an earlier version whose quoted passage is still in this one: shown at the passage's new place.</summary>
    Reanchored,

    /// <summary>Made on an earlier version whose quoted passage is gone: listed « sur une version antérieure », linked to its version.</summary>
    OnEarlierVersion,
}
