using Cooperation.Grains.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Relay;

namespace Cooperation.GraphQL.Partnerships;

/// <summary>A partenariat de coopération décentralisée.</summary>
public sealed class PartnershipType : ObjectGraphType<Partnership>
{
    public PartnershipType()
    {
        Name = PartnershipLookup.PartnershipTypeName;
        Description = "Partenariat de coopération décentralisée entre une collectivité du Nord et une du Sud. / A decentralised cooperation partnership between a North and a South authority.";
        Interface<NodeInterface>();
        IsTypeOf = value => value is Partnership;

        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(Name, c.Source.Slug));
        Field(p => p.Slug).Description("Identifiant lisible (« seneclic »). / Readable key.");
        Field(p => p.Name).Description("Nom. / Name.");
        Field(p => p.Summary).Description("Objet du partenariat. / What it is about.");
        Field<NonNullGraphType<PartyType>>("north").Description("Collectivité du Nord (France). / North authority.").Resolve(c => c.Source.North);
        Field<NonNullGraphType<PartyType>>("south").Description("Partenaire du Sud. / South partner.").Resolve(c => c.Source.South);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartyType>>>>("thirdPartners")
            .Description("Troisièmes partenaires (recherche-action, associations, lycées). / Third partners.")
            .Resolve(c => c.Source.ThirdPartners);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("themes").Description("Thèmes. / Themes.").Resolve(c => c.Source.Themes);
        Field<NonNullGraphType<DateOnlyGraphType>>("startedOn").Description("Début. / Start.").Resolve(c => c.Source.StartedOn);
        Field<DateOnlyGraphType>("endsOn").Description("Fin prévue. / Planned end.").Resolve(c => c.Source.EndsOn);
        Field<NonNullGraphType<PartnershipStatusType>>("status").Resolve(c => c.Source.Status);
        Field(p => p.Revision).Description("Révision courante : croît à chaque changement. / Current revision, grows with every change.");

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MilestoneType>>>>("milestones")
            .Description("Jalons, dans l'ordre de planification. / Milestones in planning order.")
            .ResolveAsync(async c =>
            {
                var milestones = await c.Grains().GetGrain<IPartnershipGrain>(c.Source.Slug).GetMilestonesAsync();
                return milestones.Select(m => new MilestoneNode(c.Source.Slug, m)).ToList();
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HistoryEntryType>>>>("history")
            .Description("Historique de chaque changement, du plus ancien au plus récent. / Every change, oldest first.")
            .Argument<IntGraphType>("afterRevision", "Seulement après cette révision. / Only after this revision.")
            .ResolveAsync(async c => await c.Grains().GetGrain<IPartnershipGrain>(c.Source.Slug)
                .GetHistoryAsync(c.GetArgument<int?>("afterRevision") ?? 0));
    }
}
