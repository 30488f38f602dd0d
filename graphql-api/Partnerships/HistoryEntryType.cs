using Cooperation.Grains.Partnerships;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Partnerships;

/// <summary>One line of a partnership's history.</summary>
public sealed class HistoryEntryType : ObjectGraphType<HistoryEntry>
{
    public HistoryEntryType()
    {
        Name = "HistoryEntry";
        Description = "Ligne de l'historique : qui, quand, quoi, ancienne → nouvelle valeur. / History line: who, when, what, old → new value.";
        Field(e => e.Revision).Description("Révision du partenariat produite par ce changement. / Partnership revision this change produced.");
        Field(e => e.At).Description("Date et heure (UTC). / When (UTC).");
        Field<NonNullGraphType<StringGraphType>>("actor").Description("Qui. / Who.").Resolve(c => c.Source.Actor.DisplayName);
        Field(e => e.Action).Description("Événement, au passé (MilestoneRescheduled…). / Past-tense event.");
        Field(e => e.SubjectId).Description("Jalon ou partenariat concerné. / Milestone or partnership concerned.");
        Field(e => e.Field, nullable: true).Description("Champ modifié. / Changed field.");
        Field(e => e.OldValue, nullable: true).Description("Ancienne valeur. / Old value.");
        Field(e => e.NewValue, nullable: true).Description("Nouvelle valeur. / New value.");
        Field(e => e.ClientMutationId).Description("Identifiant client de l'action. / Client id of the action.");
        this.FieldsGuardedByParent();
    }
}
