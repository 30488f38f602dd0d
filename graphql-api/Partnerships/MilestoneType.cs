using Cooperation.GraphQL.Schema.Words;

using Cooperation.GraphQL.Schema.Access;
namespace Cooperation.GraphQL.Partnerships;

/// <summary>A jalon of a partnership.</summary>
public sealed class MilestoneType : ObjectGraphType<MilestoneNode>
{
    public MilestoneType()
    {
        Name = "Milestone";
        Description = "Jalon d'un partenariat. / A partnership milestone.";
        Interface<Schema.Relay.NodeInterface>();
        IsTypeOf = value => value is MilestoneNode;

        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.GlobalId);
        Field<NonNullGraphType<StringGraphType>>("title").Description("Intitulé. / Title.").Resolve(c => c.Source.Milestone.Title);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(c => c.Source.Milestone.Description);
        Field<NonNullGraphType<PartnershipSideType>>("side").Resolve(c => c.Source.Milestone.Side);
        Field<DateOnlyGraphType>("startOn").Description("Début (date). / Start date.").Resolve(c => c.Source.Milestone.StartOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("dueOn").Description("Échéance. / Due date.").Resolve(c => c.Source.Milestone.DueOn);
        Field<NonNullGraphType<IntGraphType>>("progress").Description("Avancement en %. / Progress in %.").Resolve(c => c.Source.Milestone.Progress);
        Field<NonNullGraphType<MilestoneStatusType>>("status").Resolve(c => c.Source.Milestone.Status);
        Field<StringGraphType>("cancellationReason").Resolve(c => c.Source.Milestone.CancellationReason);
        this.AddLastChange(m => m.Milestone.UpdatedAt);
        Field<NonNullGraphType<IntGraphType>>("version")
            .Description("Version, à renvoyer dans expectedVersion pour détecter une modification concurrente. / Send it back as expectedVersion to detect a concurrent edit.")
            .Resolve(c => c.Source.Milestone.Version);
        this.FieldsGuardedByParent();
    }
}
