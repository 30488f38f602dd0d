using Cooperation.Grains.Partnerships;
using Cooperation.GraphQL.Schema;
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
        // An action id is the sender's own: shown to anyone else it would name what they sent (the seed's ids named
        // reviewers) and let them replay it. Null for every reader but the one who made the action.
        Field<StringGraphType>("clientMutationId")
            .Description("Identifiant client de l'action, pour la personne qui l'a faite ; nul pour les autres. / Client id of the action, for the person who made it; null for others.")
            .Resolve(c => c.Viewer().MadeIt(c.Source.Actor) ? c.Source.ClientMutationId : null);
        this.FieldsGuardedByParent();
    }
}
