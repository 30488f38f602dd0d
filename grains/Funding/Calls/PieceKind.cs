namespace Cooperation.Grains.Funding.Calls;

/// <summary>The kinds of piece a file (dossier) for the Fonds de Solidarité Numérique may carry.</summary>
public enum PieceKind
{
    /// <summary>La convention de partenariat signée entre les collectivités.</summary>
    SignedPartnershipAgreement,

    /// <summary>La délibération du conseil de la collectivité française.</summary>
    CouncilDeliberation,

    /// <summary>Une lettre d'intention avec un engagement chiffré (d'un partenaire, d'un cofinanceur).</summary>
    CostedLetterOfIntent,

    /// <summary>Toute autre pièce (étude, devis…): never required by a call.</summary>
    Other,
}

/// <summary>How people read a piece kind, in French and in English.</summary>
public static class PieceKindNames
{
    public static string French(PieceKind kind) => kind switch
    {
        PieceKind.SignedPartnershipAgreement => "la convention de partenariat signée",
        PieceKind.CouncilDeliberation => "la délibération du conseil",
        PieceKind.CostedLetterOfIntent => "une lettre d'intention chiffrée",
        _ => "une autre pièce",
    };

    public static string English(PieceKind kind) => kind switch
    {
        PieceKind.SignedPartnershipAgreement => "the signed partnership agreement",
        PieceKind.CouncilDeliberation => "the council's deliberation",
        PieceKind.CostedLetterOfIntent => "a costed letter of intent",
        _ => "another piece",
    };
}
