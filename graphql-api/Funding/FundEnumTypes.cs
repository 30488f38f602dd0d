using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Funding.Calls;

namespace Cooperation.GraphQL.Funding;

public sealed class PieceKindType : EnumerationGraphType<PieceKind>
{
    public PieceKindType()
    {
        Name = "PieceKind";
        Description = "Pièce d'un dossier : convention de partenariat signée, délibération du conseil, lettre d'intention chiffrée, autre. / A file's piece: signed partnership agreement, council deliberation, costed letter of intent, other.";
    }
}

public sealed class ApplicationStatusType : EnumerationGraphType<ApplicationStatus>
{
    public ApplicationStatusType()
    {
        Name = "FundApplicationStatus";
        Description = "État du dossier : brouillon, déposé, renvoyé pour compléments, en instruction, accordé, refusé. / Application status: draft, filed, returned for completion, under review, granted, declined.";
    }
}

public sealed class ChecklistCheckType : EnumerationGraphType<ChecklistCheck>
{
    public ChecklistCheckType()
    {
        Name = "ChecklistCheck";
        Description = "Ce que vérifie une ligne de la liste de contrôle. / What a checklist line checks.";
    }
}
