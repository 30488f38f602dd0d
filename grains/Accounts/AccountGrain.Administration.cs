using System.Security.Cryptography;
using System.Text;
using Cooperation.Grains.Accounts.Commands;
using Cooperation.Grains.Common.Journal;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Partnerships.Commands;

namespace Cooperation.Grains.Accounts;

// An administrator's work on a person: memberships (kept in step with each partnership's own list), roles, history
// (read a page at a time).
public sealed partial class AccountGrain
{
    async Task<AccountAccess> IAccountGrain.SetMembershipAsync(SetMembership command)
    {
        var id = ClientMutationIds.Checked(command.ClientMutationId);
        if (!await IsAdministratorAsync(command.Actor))
            throw AccountErrors.Forbidden();
        if (await RepeatedAsync(id, command) is { } receipt)
        {
            await TellPartnershipsAsync(id, command.Actor, receipt.PartnershipSlugs);
            return Access();
        }
        RequireExists();
        var slug = Slug(command.PartnershipSlug);
        if (command.Role is { } newRole)
            RequireDefined(newRole);

        // The partnership first: an unknown one refuses (NOT_FOUND) before this account changes, and if this
        // account's write then fails, a retry finds the partnership already done.
        await grains.GetGrain<IPartnershipGrain>(slug).SetMemberAsync(new SetPartnershipMember(
            PartnershipMutationId(id, slug), command.Actor, Key, State.DisplayName, command.Role));

        var index = State.Memberships.FindIndex(m => m.PartnershipSlug == slug);
        MemberRole? before = index >= 0 ? State.Memberships[index].Role : null;
        if (before != command.Role)
        {
            if (command.Role is not { } role)
                State.Memberships.RemoveAt(index);
            else if (index >= 0)
                State.Memberships[index] = new Membership(slug, role);
            else
                State.Memberships.Add(new Membership(slug, role));
            State.Revision++;
            _history.Append(new HistoryEntry(
                State.Revision, time.GetUtcNow(), command.Actor, "MembershipChanged", Key, slug,
                before?.ToString(), command.Role?.ToString(), id));
        }
        _receipts.Remember(id, AccountReceipt.Of(command, null, [slug]));
        await PersistAsync();
        return Access();
    }

    async Task<AccountAccess> IAccountGrain.SetRolesAsync(SetAccountRoles command)
    {
        var id = ClientMutationIds.Checked(command.ClientMutationId);
        if (!await IsAdministratorAsync(command.Actor))
            throw AccountErrors.Forbidden();
        // A repeat answers with the account as it is now: its roles are those of the first application or later ones.
        if (await RepeatedAsync(id, command) is not null)
            return Access();
        RequireExists();
        var roles = Roles(command.Roles);
        if (command.Actor.Id == Key && State.Roles.Contains(AccountRole.Administrator) && !roles.Contains(AccountRole.Administrator))
            throw AccountErrors.SelfDemotion();

        if (!roles.SequenceEqual(State.Roles))
        {
            var before = State.Roles;
            State.Roles = roles;
            State.Revision++;
            _history.Append(new HistoryEntry(
                State.Revision, time.GetUtcNow(), command.Actor, "RolesChanged", Key, "roles",
                string.Join(',', before), string.Join(',', roles), id));
        }
        _receipts.Remember(id, AccountReceipt.Of(command, null, []));
        await PersistAsync();
        return Access();
    }

    async Task<HistoryPage> IAccountGrain.GetHistoryPageAsync(Actor actor, HistoryPageRequest request)
    {
        await RequireSelfOrAdministratorAsync(actor);
        return await _history.PageAsync(request);
    }

    /// <summary>
    /// Tells each partnership the person's present role there (none when she left it), under an id derived from the
    /// action's: the partnership applies each id once, so telling again after a half-done first try is harmless.
    /// </summary>
    private async Task TellPartnershipsAsync(string clientMutationId, Actor actor, IReadOnlyList<string> slugs)
    {
        foreach (var slug in slugs)
        {
            var role = State.Memberships.FirstOrDefault(m => m.PartnershipSlug == slug)?.Role;
            await grains.GetGrain<IPartnershipGrain>(slug).SetMemberAsync(new SetPartnershipMember(
                PartnershipMutationId(clientMutationId, slug), actor, Key, State.DisplayName, role));
        }
    }

    /// <summary>"{clientMutationId}:{slug}", or its SHA-256 when that is longer than a partnership accepts.</summary>
    private static string PartnershipMutationId(string clientMutationId, string slug)
    {
        var composed = $"{clientMutationId}:{slug}";
        return composed.Length <= MaxPartnershipMutationIdLength
            ? composed
            : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(composed)));
    }

    private static List<AccountRole> Roles(IReadOnlyList<AccountRole>? roles)
    {
        foreach (var role in roles ?? [])
            RequireDefined(role);
        return [.. (roles ?? []).Distinct().Order()];
    }

    private static List<Membership> Memberships(IReadOnlyList<Membership>? memberships)
    {
        var checkedMemberships = new List<Membership>();
        foreach (var membership in memberships ?? [])
        {
            var slug = Slug(membership.PartnershipSlug);
            RequireDefined(membership.Role);
            if (checkedMemberships.Any(m => m.PartnershipSlug == slug))
                throw AccountErrors.Invalid(
                    $"Le partenariat « {slug} » figure deux fois : une personne y a un seul rôle.",
                    $"Partnership '{slug}' is listed twice: a person has one role in it.");
            checkedMemberships.Add(new Membership(slug, membership.Role));
        }
        return checkedMemberships;
    }

    private static string Slug(string? slug) =>
        PartnershipRules.IsValidSlug(slug)
            ? slug!
            : throw AccountErrors.Invalid(
                $"« {slug} » n'identifie pas un partenariat (minuscules, chiffres et tirets).",
                $"'{slug}' does not identify a partnership (lowercase letters, digits and hyphens).");

    private static void RequireDefined<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
            throw AccountErrors.Invalid($"Valeur inconnue : {value}.", $"Unknown value: {value}.");
    }
}
