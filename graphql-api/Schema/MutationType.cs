using Cooperation.GraphQL.Accounts;
using Cooperation.GraphQL.Notices;
using Cooperation.GraphQL.Schema.Actions;
using Cooperation.GraphQL.Sync;

namespace Cooperation.GraphQL.Schema;

/// <summary>The mutation root: sign-in and account administration, then every field action, then the sync.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AddSessionMutations();
        this.AddAccountMutations();
        this.AddRecoveryMutations();
        this.AddNoticeMutations();
        foreach (var action in FieldActions.All)
            action.AddTo(this);
        // Last: a sync action is any field action that travels in a partnership's sync.
        this.AddSyncMutation();
    }
}
