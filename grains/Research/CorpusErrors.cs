namespace Cooperation.Grains.Research;

/// <summary>Refusals of searches and codebooks, in French and English.</summary>
public static class CorpusErrors
{
    public static DomainException Invalid(string french, string english) => new(DomainErrorCode.Validation, french, english);
}
