using Cooperation.Grains.Annotations;
using Cooperation.Grains.Missions;
using Cooperation.Grains.Money;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Reports;
using Cooperation.Grains.Shipments;
using Cooperation.Grains.Sync;
using Cooperation.GraphQL.Annotations;
using Cooperation.GraphQL.Missions;
using Cooperation.GraphQL.Money;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Reports;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Shipments;
using GraphQL.Builders;

namespace Cooperation.GraphQL.Sync;

/// <summary>A partnership's changes after a cursor, with the cursor to ask from next time.</summary>
/// <remarks>
/// Milestones and history lines come with the change set itself; every other kind is named by the feed and read once
/// per answer through <see cref="ChangedEntities"/>. A new kind of entity is one <see cref="ChangeKind{T}"/> and its
/// line here.
/// </remarks>
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
        Changed<ShipmentType, Shipment>("shipments", ShipmentSchema.Changes, (s, _) => [s],
            "Envois modifiés depuis le curseur, à leur dernier état. / Shipments changed since the cursor, as they are now.")
            .WithComplexityImpact(1, ShipmentComplexity.ShipmentsPerPartnership);
        Changed<ShipmentChangeType, Shipment>("shipmentChanges", ShipmentSchema.Changes, (s, known) => [new ShipmentChange(s, known)],
            "Envois modifiés depuis le curseur, par différence : seuls les articles changés depuis la version de l'appareil. / Shipments changed since the cursor, as differences: only the items changed since the device's version.")
            .WithComplexityImpact(1, ShipmentComplexity.ShipmentsPerPartnership);
        Changed<ReportType, Report>("reports", ReportSchema.Changes, (r, _) => [r],
            "Rapports modifiés depuis le curseur, à leur dernier état. / Reports changed since the cursor, as they are now.");
        Changed<MissionType, Mission>("missions", MissionSchema.Changes, (m, _) => [m],
            "Missions modifiées depuis le curseur, à leur dernier état. / Missions changed since the cursor, as they are now.");
        Changed<LedgerType, Ledger>("ledgers", MoneySchema.Changes, (l, _) => [l],
            "Budgets annuels modifiés depuis le curseur, à leur dernier état. / Yearly ledgers changed since the cursor, as they are now.")
            .WithComplexityImpact(1, MoneyComplexity.LedgersPerChangeSet);
        Changed<AnnotationType, IReadOnlyList<Annotation>>("annotations", AnnotationSchema.Changes, (a, _) => a,
            "Annotations des documents annotés depuis le curseur, chacune sur sa version, supprimées comprises. / Annotations of the documents annotated since the cursor, each on its version, deleted ones included.");
        this.FieldsGuardedByParent();
    }

    /// <summary>A list of what changed of one kind, in feed order; <paramref name="show"/> gets the version the device knew.</summary>
    private FieldBuilder<PartnershipChanges, object> Changed<TGraphType, T>(
        string name, ChangeKind<T> kind, Func<T, long, IEnumerable<object>> show, string description)
        where TGraphType : IGraphType
        where T : class =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TGraphType>>>>(name)
            .Description(description)
            .ResolveAsync(async c =>
            {
                var changes = c.Source.Changes;
                var entries = changes.Entities.Where(e => e.Kind == kind.Kind).ToList();
                var entities = await Task.WhenAll(entries.Select(e => c.Source.Entities.GetAsync(kind, e.EntityId, e.EntityVersion)));
                return entities.Zip(entries).SelectMany(p => show(p.First, changes.KnownVersion(kind.Kind, p.Second.EntityId))).ToList();
            });
}

/// <summary>A change set with the partnership it belongs to, which entity ids need, and the entities it names.</summary>
public sealed record PartnershipChanges(string Slug, ChangeSet Changes, ChangedEntities Entities);
