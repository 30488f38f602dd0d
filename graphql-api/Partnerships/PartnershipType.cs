using Cooperation.Grains.Partnerships;
using Cooperation.GraphQL.Missions;
using Cooperation.GraphQL.Money;
using Cooperation.GraphQL.Reports;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Shipments;
using Cooperation.GraphQL.Schema.Access;
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

        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(Name, c.Source.Slug))
            .WithAccess(AccessRule.Public);
        Field(p => p.Slug).Description("Identifiant lisible (« seneclic »). / Readable key.")
            .WithAccess(AccessRule.Public);
        Field(p => p.Name).Description("Nom. / Name.")
            .WithAccess(AccessRule.Public);
        Field(p => p.Summary).Description("Objet du partenariat. / What it is about.")
            .WithAccess(AccessRule.Public);
        Field<NonNullGraphType<PartyType>>("north").Description("Collectivité du Nord (France). / North authority.").Resolve(c => c.Source.North)
            .WithAccess(AccessRule.Public);
        Field<NonNullGraphType<PartyType>>("south").Description("Partenaire du Sud. / South partner.").Resolve(c => c.Source.South)
            .WithAccess(AccessRule.Public);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartyType>>>>("thirdPartners")
            .Description("Troisièmes partenaires (recherche-action, associations, lycées). / Third partners.")
            .Resolve(c => c.Source.ThirdPartners)
            .WithAccess(AccessRule.Public);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("themes").Description("Thèmes. / Themes.").Resolve(c => c.Source.Themes)
            .WithAccess(AccessRule.Public);
        Field<NonNullGraphType<DateOnlyGraphType>>("startedOn").Description("Début. / Start.").Resolve(c => c.Source.StartedOn)
            .WithAccess(AccessRule.Public);
        Field<DateOnlyGraphType>("endsOn").Description("Fin prévue. / Planned end.").Resolve(c => c.Source.EndsOn)
            .WithAccess(AccessRule.Public);
        Field<NonNullGraphType<PartnershipStatusType>>("status").Resolve(c => c.Source.Status)
            .WithAccess(AccessRule.Public);
        Field(p => p.Revision).Description("Révision courante : croît à chaque changement. / Current revision, grows with every change.")
            .WithAccess(AccessRule.Public);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MilestoneType>>>>("milestones")
            .Description("Jalons, dans l'ordre de planification. / Milestones in planning order.")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c =>
            {
                var milestones = c.Reads()?.MilestonesOf(c.Source.Slug)
                    ?? await c.Grains().GetGrain<IPartnershipGrain>(c.Source.Slug).GetMilestonesAsync(c.Actor());
                return milestones.Select(m => new MilestoneNode(c.Source.Slug, m)).ToList();
            });

        this.AddHistoryField((c, page) => c.Grains().GetGrain<IPartnershipGrain>(c.Source.Slug).GetHistoryPageAsync(c.Actor(), page))
            .WithAccess(AccessRule.PartnershipMember);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnershipMemberType>>>>("members")
            .Description("Membres, par côté. / Members, by side.")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c => await c.Grains().GetGrain<IPartnershipGrain>(c.Source.Slug).GetMembersAsync(c.Actor()));

        this.AddShipmentFields();
        this.AddReportFields();
        this.AddMissionFields();
        this.AddMoneyFields();
    }
}
