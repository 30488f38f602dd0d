namespace Cooperation.Grains.Annotations;

// Telling the partnership what changed, so its change feed lists the annotated document. An application is no
// partnership's: its annotations are in no change feed, and so in no partnership's sync.
public sealed partial class AnnotationsGrain
{
    /// <summary>The kind under which a document's annotations appear in a partnership's change feed.</summary>
    public const string Kind = "Annotations";
}
