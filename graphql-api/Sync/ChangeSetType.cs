using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Sync;
using Cooperation.GraphQL.Annotations;
using Cooperation.GraphQL.Missions;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Reports;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Shipments;

namespace Cooperation.GraphQL.Sync;

/// <summary>A partnership's changes after a cursor, with the cursor to ask from next time.</summary>
public sealed class ChangeSetType : ObjectGraphType<PartnershipChanges>
{
    public ChangeSetType()
    {
        Name = "ChangeSet";
        Description = "Ce qui a changé depuis un curseur, et le curseur suivant. / What changed since a cursor, and the next cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("À renvoyer au prochain appel (since). / Send it back next time (since).")
            .Resolve(c => ChangeCursor.Encode(c.Source.Changes.Cursor));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MilestoneType>>>>("milestones")
            .Resolve(c => c.Source.Changes.Milestones.Select(m => new MilestoneNode(c.Source.Slug, m)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HistoryEntryType>>>>("history")
            .Description($"Au plus les {PartnershipGrain.ChangeSetHistoryLines} lignes d'historique les plus récentes depuis le curseur, de la plus ancienne à la plus récente ; les précédentes se lisent par l'historique paginé du partenariat. / At most the newest {PartnershipGrain.ChangeSetHistoryLines} history lines since the cursor, oldest first; earlier ones are read through the partnership's paginated history.")
            .Resolve(c => c.Source.Changes.History);
        this.AddShipmentChanges();
        this.AddReportChanges();
        this.AddMissionChanges();
        this.AddAnnotationChanges();
        this.FieldsGuardedByParent();
    }
}

/// <summary>A change set with the partnership it belongs to, which entity ids need.</summary>
public sealed record PartnershipChanges(string Slug, ChangeSet Changes)
{
    /// <summary>The ids of the changed entities of one kind, at their latest version.</summary>
    public IEnumerable<string> Changed(string kind) =>
        Changes.Entities.Where(e => e.Kind == kind).Select(e => e.EntityId);
}
