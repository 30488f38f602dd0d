using Cooperation.Grains.Accounts;
using Cooperation.Grains.Partnerships.Commands;

namespace Cooperation.Grains.Partnerships;

// Who takes part in the partnership, and what that lets each actor do here.
public sealed partial class PartnershipGrain
{
    async Task<IReadOnlyList<PartnershipMember>> IPartnershipGrain.GetMembersAsync(Actor actor)
    {
        await RequireReadAsync(actor);
        return [.. State.Members.Values.OrderBy(m => m.Role).ThenBy(m => m.DisplayName, StringComparer.Ordinal)];
    }

    Task<IReadOnlyList<string>> IPartnershipGrain.GetMembersToTellAsync(MemberRole role) =>
        Task.FromResult<IReadOnlyList<string>>([.. State.Members.Values.Where(m => m.Role == role).Select(m => m.AccountId)]);

    async Task IPartnershipGrain.SetMemberAsync(SetPartnershipMember command)
    {
        var id = ClientMutationIds.Checked(command.ClientMutationId);
        if (!(await AccessOfAsync(command.Actor)).Unrestricted)
            throw PartnershipErrors.Forbidden();
        RequireEstablished();
        if (await RepeatedAsync(id, command) is not null)
            return;

        State.Members.TryGetValue(command.AccountId, out var before);
        if (before?.Role == command.Role)
        {
            _receipts.Remember(id, MutationReceipt.Of(command, null));
            await PersistAsync();
            return;
        }

        State.Revision++;
        if (command.Role is { } role)
            State.Members[command.AccountId] = new PartnershipMember(command.AccountId, command.DisplayName, role);
        else
            State.Members.Remove(command.AccountId);
        var action = (before, command.Role) switch
        {
            (null, _) => "MemberAdded",
            (_, null) => "MemberRemoved",
            _ => "MemberRoleChanged",
        };
        _history.Append(new HistoryEntry(
            State.Revision, time.GetUtcNow(), command.Actor, action, command.DisplayName, "role",
            before?.Role.ToString(), command.Role?.ToString(), id));
        _receipts.Remember(id, MutationReceipt.Of(command, null));
        await PersistAsync();
    }

    async Task<PartnershipAccess> IPartnershipGrain.GetAccessAsync(Actor actor, ActingSide? side) => await AccessOfAsync(actor, side);

    private async Task RequireReadAsync(Actor actor)
    {
        if (!(await AccessOfAsync(actor, side: null)).CanRead)
            throw PartnershipErrors.Forbidden();
        RequireEstablished();
    }

    /// <summary>
    /// The actor's rights for reading (<paramref name="side"/> null) or for acting on that side: a member whose role
    /// grants it needs no word from her account, where being an administrator could only add rights.
    /// </summary>
    private async Task<PartnershipAccess> AccessOfAsync(Actor actor, ActingSide? side)
    {
        if (State.Members.TryGetValue(actor.Id, out var member)
            && new PartnershipAccess(member.Role, Unrestricted: false) is var byRole
            && (side is { } acting ? byRole.CanAct(acting) : byRole.CanRead))
            return byRole;
        return await AccessOfAsync(actor);
    }

    /// <summary>
    /// The actor's rights here: membership from this partnership's own list, administrator from the actor's account.
    /// </summary>
    private async Task<PartnershipAccess> AccessOfAsync(Actor actor)
    {
        if (PartnershipAccess.WithoutAsking(actor) is { } platform)
            return platform;
        State.Members.TryGetValue(actor.Id, out var member);
        // North staff already hold every right here; anyone else may also be an administrator, which only
        // their account knows: that costs one call.
        var administrator = member?.Role != MemberRole.NorthStaff && actor.Id.Contains('@')
            && await grains.GetGrain<IAccountGrain>(actor.Id).GetAccessAsync() is { IsAdministrator: true, Status: AccountStatus.Active };
        return new PartnershipAccess(member?.Role, administrator);
    }
}
