using Cooperation.Grains.Partnerships;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Actions;

namespace Cooperation.GraphQL.Sync;

/// <summary>The change feed of the query root: <c>changes(partnershipId:, since:)</c>.</summary>
public static class SyncQueries
{
    public static void AddSyncQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ChangeSetType>>("changes")
            .Description("Ce qui a changé dans un partenariat depuis un curseur (sans curseur : tout). / What changed in a partnership since a cursor (no cursor: everything).")
            .Argument<NonNullGraphType<IdGraphType>>("partnershipId")
            .Argument<StringGraphType>("since")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c =>
            {
                var slug = PartnershipLookup.Slug(c.GetArgument<string>("partnershipId"));
                var since = ChangeCursor.Decode(c.GetArgument<string?>("since"));
                var context = ActionContext.Of(c);
                var changes = await context.Grains.GetGrain<IPartnershipGrain>(slug).GetChangesAsync(context.Actor, since);
                return new PartnershipChanges(slug, changes, new ChangedEntities(context));
            });
    }
}
