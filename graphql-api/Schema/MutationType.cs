using Cooperation.GraphQL.Accounts;
using Cooperation.GraphQL.Partnerships.Mutations;

namespace Cooperation.GraphQL.Schema;

/// <summary>The mutation root; each domain adds its own fields.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AddSessionMutations();
        this.AddAccountMutations();
        this.AddMilestoneMutations();
    }
}
