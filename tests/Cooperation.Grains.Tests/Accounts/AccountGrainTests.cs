using System.Text.RegularExpressions;
using Cooperation.Grains.Accounts;
using Cooperation.Grains.Accounts.Commands;
using Cooperation.Grains.Tests.Common;

namespace Cooperation.Grains.Tests.Accounts;

[Collection(ClusterCollection.Name)]
public sealed partial class AccountGrainTests(ClusterFixture cluster)
{
    private IGrainFactory Grains => cluster.Grains;

    private IAccountGrain NewAccount(out string email)
    {
        email = TestAccounts.NewEmail();
        return Grains.GetGrain<IAccountGrain>(AccountRules.Key(email));
    }

    /// <summary>The seeding invites a person: the account waits for her with a readable one-time code valid 7 days.</summary>
    [Fact]
    public async Task Invite_BySeed_InvitedWithCodeValidSevenDays()
    {
        var account = NewAccount(out var email);

        var invitation = await account.InviteAsync(TestAccounts.Invite("invite", Actor.Seed, roles: [AccountRole.FundReviewer]));

        Assert.Equal(email, invitation.AccountId);
        Assert.Matches(CodePattern(), invitation.Code);
        Assert.Equal(cluster.Time.GetUtcNow() + TimeSpan.FromDays(7), invitation.ExpiresAt);
        var found = await account.FindAsync();
        Assert.NotNull(found);
        Assert.Equal(AccountStatus.Invited, found.Status);
        Assert.Equal([AccountRole.FundReviewer], found.Roles);
        var entry = Assert.Single(await account.HistoryAsync(Actor.Seed));
        Assert.Equal("AccountInvited", entry.Action);
        Assert.DoesNotContain(TestAccounts.Texts(entry), text => text?.Contains(invitation.Code, StringComparison.Ordinal) == true);
    }

    /// <summary>An active administrator invites a person; the history names the administrator.</summary>
    [Fact]
    public async Task Invite_ByAdministrator_InvitedAndAdministratorInHistory()
    {
        var administrator = await TestAccounts.NewAdministratorAsync(Grains);
        var account = NewAccount(out _);

        var invitation = await account.InviteAsync(TestAccounts.Invite("invite", administrator));

        Assert.Matches(CodePattern(), invitation.Code);
        var entry = Assert.Single(await account.HistoryAsync(administrator));
        Assert.Equal(administrator, entry.Actor);
    }

    /// <summary>Neither an ordinary member nor an unknown person may invite, and the refused invitation leaves no account.</summary>
    [Fact]
    public async Task Invite_ByNonAdministrator_ForbiddenAndNoAccount()
    {
        var member = (await TestAccounts.NewActiveAsync(Grains, "Moussa Ndiaye", AccountRole.FundManager)).AsActor();
        var stranger = new Actor(TestAccounts.NewEmail("stranger"), "Inconnu");
        var account = NewAccount(out _);

        foreach (var actor in new[] { member, stranger, Actor.Guest })
        {
            var error = await Assert.ThrowsAsync<DomainException>(() => account.InviteAsync(TestAccounts.Invite("invite", actor)));
            Assert.Equal(DomainErrorCode.Forbidden, error.Code);
        }
        Assert.Null(await account.FindAsync());
    }

    /// <summary>A repeated invitation (answer lost on the way) returns the same code and records one invitation.</summary>
    [Fact]
    public async Task Invite_SameClientMutationIdTwice_ReturnsSameCode()
    {
        var account = NewAccount(out _);

        var first = await account.InviteAsync(TestAccounts.Invite("invite-1", Actor.Seed));
        var second = await account.InviteAsync(TestAccounts.Invite("invite-1", Actor.Seed));

        Assert.Equal(first, second);
        Assert.Single(await account.HistoryAsync(Actor.Seed));
    }

    /// <summary>Inviting someone who already has an account, with a new action id, is a conflict.</summary>
    [Fact]
    public async Task Invite_ExistingAccountWithNewId_Conflict()
    {
        var account = NewAccount(out _);
        await account.InviteAsync(TestAccounts.Invite("invite-1", Actor.Seed));

        var error = await Assert.ThrowsAsync<DomainException>(() => account.InviteAsync(TestAccounts.Invite("invite-2", Actor.Seed)));

        Assert.Equal(DomainErrorCode.Conflict, error.Code);
    }

    /// <summary>An invitation into a partnership that does not exist is refused before any account is created.</summary>
    [Fact]
    public async Task Invite_UnknownPartnership_NotFoundAndNoAccount()
    {
        var account = NewAccount(out _);
        var membership = new Membership(ClusterFixture.NewSlug(), MemberRole.SouthAgent);

        var error = await Assert.ThrowsAsync<DomainException>(
            () => account.InviteAsync(TestAccounts.Invite("invite", Actor.Seed, memberships: [membership])));

        Assert.Equal(DomainErrorCode.NotFound, error.Code);
        Assert.Null(await account.FindAsync());
    }

    /// <summary>An invitation with memberships makes the person a member of each partnership, once even when repeated.</summary>
    [Fact]
    public async Task Invite_WithMembership_MemberOfPartnershipOnce()
    {
        var partnership = await TestAccounts.NewPartnershipAsync(Grains);
        var slug = partnership.GetPrimaryKeyString();
        var account = NewAccount(out var email);
        var command = TestAccounts.Invite("invite", Actor.Seed, "Fatou Sarr", memberships: [new Membership(slug, MemberRole.SouthAgent)]);

        await account.InviteAsync(command);
        await account.InviteAsync(command);

        var member = Assert.Single(await partnership.GetMembersAsync(Actor.Seed));
        Assert.Equal(new PartnershipMember(email, "Fatou Sarr", MemberRole.SouthAgent), member);
        Assert.Single(await partnership.GetHistoryAsync(Actor.Seed), e => e.Action == "MemberAdded");
    }

    /// <summary>A wrong code is refused with the same words as an unknown one, and the account stays invited.</summary>
    [Fact]
    public async Task AcceptInvitation_WrongCode_RefusedAndNothingChanges()
    {
        var account = NewAccount(out _);
        var invitation = await account.InviteAsync(TestAccounts.Invite("invite", Actor.Seed));
        var before = await account.FindAsync();
        var historyBefore = await account.HistoryAsync(Actor.Seed);
        var wrong = invitation.Code[0] == 'A' ? "B" + invitation.Code[1..] : "A" + invitation.Code[1..];

        var error = await Assert.ThrowsAsync<DomainException>(() => account.AcceptInvitationAsync(wrong, TestAccounts.Password));
        var unknown = await Assert.ThrowsAsync<DomainException>(
            () => Grains.GetGrain<IAccountGrain>(TestAccounts.NewEmail()).AcceptInvitationAsync(invitation.Code, TestAccounts.Password));

        Assert.Equal((DomainErrorCode.Validation, DomainErrorCode.Validation), (error.Code, unknown.Code));
        Assert.Equal(unknown.MessageFr, error.MessageFr);
        Assert.Equivalent(before, await account.FindAsync(), strict: true);
        Assert.Equal(historyBefore, await account.HistoryAsync(Actor.Seed));
        Assert.False((await account.SignInAsync(TestAccounts.Password)).Succeeded);
    }

    /// <summary>The right code sets the password and activates the account; typed in lower case without dashes it still works.</summary>
    [Fact]
    public async Task AcceptInvitation_RightCode_ActiveAndCodeSpent()
    {
        var account = NewAccount(out var email);
        var invitation = await account.InviteAsync(TestAccounts.Invite("invite", Actor.Seed));
        var typed = invitation.Code.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();

        var access = await account.AcceptInvitationAsync(typed, TestAccounts.Password);

        Assert.Equal(email, access.AccountId);
        Assert.Equal(AccountStatus.Active, access.Status);
        Assert.Equal(AccountStatus.Active, (await account.FindAsync())?.Status);
        Assert.Equal("InvitationAccepted", (await account.HistoryAsync(Actor.Seed))[^1].Action);
        var again = await Assert.ThrowsAsync<DomainException>(() => account.AcceptInvitationAsync(invitation.Code, "Un-autre-mot-de-passe"));
        Assert.Equal(DomainErrorCode.Validation, again.Code);
        var repeat = await account.InviteAsync(TestAccounts.Invite("invite", Actor.Seed));
        Assert.Equal("", repeat.Code);
    }

    /// <summary>A code used after its 7 days is refused like a wrong one.</summary>
    [Fact]
    public async Task AcceptInvitation_AfterSevenDays_Refused()
    {
        var account = NewAccount(out _);
        var invitation = await account.InviteAsync(TestAccounts.Invite("invite", Actor.Seed));

        cluster.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
        var error = await Assert.ThrowsAsync<DomainException>(() => account.AcceptInvitationAsync(invitation.Code, TestAccounts.Password));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Equal(AccountStatus.Invited, (await account.FindAsync())?.Status);
    }

    /// <summary>A password shorter than the rule is refused and the code stays usable.</summary>
    [Fact]
    public async Task AcceptInvitation_ShortPassword_RefusedAndCodeStillValid()
    {
        var account = NewAccount(out _);
        var invitation = await account.InviteAsync(TestAccounts.Invite("invite", Actor.Seed));

        var error = await Assert.ThrowsAsync<DomainException>(() => account.AcceptInvitationAsync(invitation.Code, "court"));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Equal(AccountStatus.Active, (await account.AcceptInvitationAsync(invitation.Code, TestAccounts.Password)).Status);
    }

    /// <summary>The right password signs in with the person's access; a wrong one does not.</summary>
    [Fact]
    public async Task SignIn_RightAndWrongPassword_OnlyRightSucceeds()
    {
        var access = await TestAccounts.NewActiveAsync(Grains, "Ousmane Ba", AccountRole.FundReviewer);
        var account = Grains.GetGrain<IAccountGrain>(access.AccountId);

        var right = await account.SignInAsync(TestAccounts.Password);
        var wrong = await account.SignInAsync(TestAccounts.Password + "!");

        Assert.True(right.Succeeded);
        Assert.Equivalent(access, right.Access, strict: true);
        Assert.False(wrong.Succeeded);
        Assert.Null(wrong.RetryAfter);
    }

    /// <summary>
    /// Failures slow sign-in down: 5 s after the 3rd, 10 s after the 4th, locked 15 minutes after the 5th; attempts during
    /// a wait are not heard and not counted; a success afterwards resets the count.
    /// </summary>
    [Fact]
    public async Task SignIn_ConsecutiveFailures_ThrottledThenLockedThenReset()
    {
        var access = await TestAccounts.NewActiveAsync(Grains);
        var account = Grains.GetGrain<IAccountGrain>(access.AccountId);
        const string Wrong = "pas-le-bon-mot-de-passe";

        Assert.Null((await account.SignInAsync(Wrong)).RetryAfter);
        Assert.Null((await account.SignInAsync(Wrong)).RetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(5), (await account.SignInAsync(Wrong)).RetryAfter);

        var duringWait = await account.SignInAsync(TestAccounts.Password);
        Assert.False(duringWait.Succeeded);
        Assert.Equal(TimeSpan.FromSeconds(5), duringWait.RetryAfter);
        cluster.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(TimeSpan.FromSeconds(3), (await account.SignInAsync(Wrong)).RetryAfter);

        cluster.Time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(TimeSpan.FromSeconds(10), (await account.SignInAsync(Wrong)).RetryAfter);
        cluster.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(TimeSpan.FromMinutes(15), (await account.SignInAsync(Wrong)).RetryAfter);

        cluster.Time.Advance(TimeSpan.FromMinutes(14));
        var locked = await account.SignInAsync(TestAccounts.Password);
        Assert.False(locked.Succeeded);
        Assert.Equal(TimeSpan.FromMinutes(1), locked.RetryAfter);

        cluster.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.True((await account.SignInAsync(TestAccounts.Password)).Succeeded);
        Assert.Null((await account.SignInAsync(Wrong)).RetryAfter);
        Assert.Null((await account.SignInAsync(Wrong)).RetryAfter);
    }

    /// <summary>An unknown or merely invited account answers exactly like a wrong password.</summary>
    [Fact]
    public async Task SignIn_UnknownOrInvitedAccount_PlainFailure()
    {
        var unknown = Grains.GetGrain<IAccountGrain>(TestAccounts.NewEmail("nobody"));
        var invited = NewAccount(out _);
        await invited.InviteAsync(TestAccounts.Invite("invite", Actor.Seed));

        var unknownOutcome = await unknown.SignInAsync(TestAccounts.Password);
        var invitedOutcome = await invited.SignInAsync(TestAccounts.Password);

        Assert.Equal(new SignInOutcome(null, null), unknownOutcome);
        Assert.Equal(new SignInOutcome(null, null), invitedOutcome);
        Assert.Null(await unknown.FindAsync());
    }

    /// <summary>The password appears nowhere an account can be read: not in its snapshot, its access, nor its history.</summary>
    [Fact]
    public async Task Password_AfterEveryAction_NeverInSnapshotsOrHistory()
    {
        var administrator = await TestAccounts.NewAdministratorAsync(Grains);
        var partnership = await TestAccounts.NewPartnershipAsync(Grains);
        var account = NewAccount(out _);
        var invitation = await account.InviteAsync(TestAccounts.Invite("invite", administrator));
        var access = await account.AcceptInvitationAsync(invitation.Code, TestAccounts.Password);
        await account.SignInAsync(TestAccounts.Password);
        await account.SignInAsync("mauvais-mot-de-passe");
        await account.SetMembershipAsync(new SetMembership("member", administrator, partnership.GetPrimaryKeyString(), MemberRole.NorthStaff));
        await account.SetRolesAsync(new SetAccountRoles("roles", administrator, [AccountRole.FundManager]));

        var found = await account.FindAsync();
        Assert.NotNull(found);
        string[] snapshotTexts =
        [
            found.ToString(), found.Id, found.Email, found.DisplayName, access.ToString(), access.DisplayName,
            .. found.Memberships.Select(m => m.ToString()),
        ];
        Assert.DoesNotContain(snapshotTexts, text => text.Contains(TestAccounts.Password, StringComparison.Ordinal));
        var history = await account.HistoryAsync(administrator);
        Assert.DoesNotContain(history.SelectMany(TestAccounts.Texts), text => text?.Contains(TestAccounts.Password, StringComparison.Ordinal) == true);
        Assert.DoesNotContain(history.SelectMany(TestAccounts.Texts), text => text?.Contains(invitation.Code, StringComparison.Ordinal) == true);
    }

    /// <summary>A membership set, changed and removed shows in the account's history and in the partnership's members and history.</summary>
    [Fact]
    public async Task SetMembership_SetChangeRemove_InAccountAndPartnership()
    {
        var administrator = await TestAccounts.NewAdministratorAsync(Grains);
        var partnership = await TestAccounts.NewPartnershipAsync(Grains);
        var slug = partnership.GetPrimaryKeyString();
        var access = await TestAccounts.NewActiveAsync(Grains, "Mame Diarra Fall");
        var account = Grains.GetGrain<IAccountGrain>(access.AccountId);

        var added = await account.SetMembershipAsync(new SetMembership("m1", administrator, slug, MemberRole.SouthAgent));
        Assert.Equal(MemberRole.SouthAgent, added.RoleIn(slug));
        Assert.Equal([new PartnershipMember(access.AccountId, "Mame Diarra Fall", MemberRole.SouthAgent)], await partnership.GetMembersAsync(Actor.Seed));

        var changed = await account.SetMembershipAsync(new SetMembership("m2", administrator, slug, MemberRole.ThirdPartner));
        Assert.Equal(MemberRole.ThirdPartner, changed.RoleIn(slug));
        Assert.Equal(MemberRole.ThirdPartner, Assert.Single(await partnership.GetMembersAsync(Actor.Seed)).Role);

        var removed = await account.SetMembershipAsync(new SetMembership("m3", administrator, slug, null));
        Assert.Null(removed.RoleIn(slug));
        Assert.Empty(await partnership.GetMembersAsync(Actor.Seed));

        var accountHistory = (await account.HistoryAsync(administrator)).Where(e => e.Action == "MembershipChanged").ToList();
        (string?, string?, string?)[] expected =
            [(slug, null, "SouthAgent"), (slug, "SouthAgent", "ThirdPartner"), (slug, "ThirdPartner", null)];
        Assert.Equal(expected, accountHistory.Select(e => (e.Field, e.OldValue, e.NewValue)));
        Assert.All(accountHistory, e => Assert.Equal(administrator, e.Actor));
        var partnershipHistory = await partnership.GetHistoryAsync(Actor.Seed);
        Assert.Equal(
            ["MemberAdded", "MemberRoleChanged", "MemberRemoved"],
            partnershipHistory.Where(e => e.Action.StartsWith("Member", StringComparison.Ordinal)).Select(e => e.Action));
    }

    /// <summary>A repeated membership change applies once, in the account and in the partnership.</summary>
    [Fact]
    public async Task SetMembership_SameClientMutationIdTwice_AppliesOnce()
    {
        var partnership = await TestAccounts.NewPartnershipAsync(Grains);
        var slug = partnership.GetPrimaryKeyString();
        var access = await TestAccounts.NewActiveAsync(Grains);
        var account = Grains.GetGrain<IAccountGrain>(access.AccountId);
        var command = new SetMembership("m1", Actor.Seed, slug, MemberRole.NorthStaff);

        await account.SetMembershipAsync(command);
        await account.SetMembershipAsync(command);

        Assert.Single(await account.HistoryAsync(Actor.Seed), e => e.Action == "MembershipChanged");
        Assert.Single(await partnership.GetHistoryAsync(Actor.Seed), e => e.Action == "MemberAdded");
    }

    /// <summary>An administrator changing her own membership is not stuck waiting on herself.</summary>
    [Fact]
    public async Task SetMembership_AdministratorOwnMembership_Applies()
    {
        var administrator = await TestAccounts.NewAdministratorAsync(Grains);
        var partnership = await TestAccounts.NewPartnershipAsync(Grains);
        var slug = partnership.GetPrimaryKeyString();
        var own = Grains.GetGrain<IAccountGrain>(administrator.Id);

        var access = await own.SetMembershipAsync(new SetMembership("own", administrator, slug, MemberRole.NorthStaff));

        Assert.Equal(MemberRole.NorthStaff, access.RoleIn(slug));
        Assert.Equal(administrator.Id, Assert.Single(await partnership.GetMembersAsync(administrator)).AccountId);
    }

    /// <summary>A membership in a partnership that does not exist is NOT_FOUND and changes nothing in the account.</summary>
    [Fact]
    public async Task SetMembership_UnknownPartnership_NotFoundAndAccountUnchanged()
    {
        var access = await TestAccounts.NewActiveAsync(Grains);
        var account = Grains.GetGrain<IAccountGrain>(access.AccountId);
        var historyBefore = await account.HistoryAsync(Actor.Seed);

        var error = await Assert.ThrowsAsync<DomainException>(
            () => account.SetMembershipAsync(new SetMembership("m1", Actor.Seed, ClusterFixture.NewSlug(), MemberRole.SouthAgent)));

        Assert.Equal(DomainErrorCode.NotFound, error.Code);
        Assert.Empty((await account.FindAsync())!.Memberships);
        Assert.Equal(historyBefore, await account.HistoryAsync(Actor.Seed));
    }

    /// <summary>Someone who is not an administrator cannot change a membership.</summary>
    [Fact]
    public async Task SetMembership_ByNonAdministrator_Forbidden()
    {
        var partnership = await TestAccounts.NewPartnershipAsync(Grains);
        var member = await TestAccounts.NewActiveAsync(Grains);
        var account = Grains.GetGrain<IAccountGrain>(member.AccountId);

        var error = await Assert.ThrowsAsync<DomainException>(() => account.SetMembershipAsync(
            new SetMembership("m1", member.AsActor(), partnership.GetPrimaryKeyString(), MemberRole.NorthStaff)));

        Assert.Equal(DomainErrorCode.Forbidden, error.Code);
        Assert.Empty(await partnership.GetMembersAsync(Actor.Seed));
    }

    /// <summary>An administrator changes someone's roles; the history shows the old and new roles.</summary>
    [Fact]
    public async Task SetRoles_ByAdministrator_ChangedAndInHistory()
    {
        var administrator = await TestAccounts.NewAdministratorAsync(Grains);
        var access = await TestAccounts.NewActiveAsync(Grains, "Cheikh Sy", AccountRole.FundReviewer);
        var account = Grains.GetGrain<IAccountGrain>(access.AccountId);

        var changed = await account.SetRolesAsync(new SetAccountRoles("r1", administrator, [AccountRole.FundManager, AccountRole.FundReviewer]));

        Assert.Equal([AccountRole.FundReviewer, AccountRole.FundManager], changed.Roles);
        var entry = Assert.Single(await account.HistoryAsync(administrator), e => e.Action == "RolesChanged");
        Assert.Equal(("FundReviewer", "FundReviewer,FundManager"), (entry.OldValue, entry.NewValue));
    }

    /// <summary>An administrator cannot remove her own administrator role.</summary>
    [Fact]
    public async Task SetRoles_SelfDemotion_Refused()
    {
        var administrator = await TestAccounts.NewAdministratorAsync(Grains);
        var own = Grains.GetGrain<IAccountGrain>(administrator.Id);

        var error = await Assert.ThrowsAsync<DomainException>(
            () => own.SetRolesAsync(new SetAccountRoles("r1", administrator, [AccountRole.FundManager])));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Contains("au moins", error.MessageFr);
        Assert.True((await own.GetAccessAsync())!.IsAdministrator);
    }

    /// <summary>A person reads her own history; someone else who is not an administrator may not.</summary>
    [Fact]
    public async Task GetHistory_SelfOrOther_OnlySelfAndAdministrators()
    {
        var person = await TestAccounts.NewActiveAsync(Grains);
        var other = await TestAccounts.NewActiveAsync(Grains, "Autre personne");
        var account = Grains.GetGrain<IAccountGrain>(person.AccountId);

        Assert.NotEmpty(await account.HistoryAsync(person.AsActor()));
        var error = await Assert.ThrowsAsync<DomainException>(() => account.HistoryAsync(other.AsActor()));
        Assert.Equal(DomainErrorCode.Forbidden, error.Code);
        var unknown = await Assert.ThrowsAsync<DomainException>(
            () => Grains.GetGrain<IAccountGrain>(TestAccounts.NewEmail()).HistoryAsync(other.AsActor()));
        Assert.Equal((DomainErrorCode.Forbidden, error.MessageFr), (unknown.Code, unknown.MessageFr));
    }

    /// <summary>Revoking a person's sessions ends each one she signed in with, and is recorded.</summary>
    [Fact]
    public async Task RevokeSessions_RegisteredSessions_EachEnded()
    {
        var administrator = await TestAccounts.NewAdministratorAsync(Grains);
        var person = await TestAccounts.NewActiveAsync(Grains);
        var account = Grains.GetGrain<IAccountGrain>(person.AccountId);
        var sessions = new List<ISessionGrain>();
        for (var i = 0; i < 3; i++)
        {
            var session = Grains.GetGrain<ISessionGrain>(Guid.NewGuid().ToString("N"));
            await session.OpenAsync(person.AccountId, cluster.Time.GetUtcNow().AddDays(30));
            await account.RegisterSessionAsync(session.GetPrimaryKeyString());
            sessions.Add(session);
        }

        await account.RevokeSessionsAsync(administrator);

        foreach (var session in sessions)
        {
            Assert.Null(await session.GetAccountIdAsync());
            Assert.Equal(SessionRotationOutcome.Ended, (await session.RotateAsync(1, cluster.Time.GetUtcNow().AddDays(30))).Outcome);
        }
        var entry = Assert.Single(await account.HistoryAsync(person.AsActor()), e => e.Action == "SessionsRevoked");
        Assert.Equal("3", entry.NewValue);
    }

    /// <summary>A person may end her own sessions; another person who is not an administrator may not.</summary>
    [Fact]
    public async Task RevokeSessions_SelfOrOther_OnlySelfAndAdministrators()
    {
        var person = await TestAccounts.NewActiveAsync(Grains);
        var other = await TestAccounts.NewActiveAsync(Grains, "Autre personne");
        var account = Grains.GetGrain<IAccountGrain>(person.AccountId);
        var session = Grains.GetGrain<ISessionGrain>(Guid.NewGuid().ToString("N"));
        await session.OpenAsync(person.AccountId, cluster.Time.GetUtcNow().AddDays(30));
        await account.RegisterSessionAsync(session.GetPrimaryKeyString());

        var error = await Assert.ThrowsAsync<DomainException>(() => account.RevokeSessionsAsync(other.AsActor()));
        Assert.Equal(DomainErrorCode.Forbidden, error.Code);
        Assert.Equal(person.AccountId, await session.GetAccountIdAsync());

        await account.RevokeSessionsAsync(person.AsActor());
        Assert.Null(await session.GetAccountIdAsync());
    }

    /// <summary>Registering one session more than the account keeps ends the oldest.</summary>
    [Fact]
    public async Task RegisterSession_BeyondLimit_OldestEnded()
    {
        var person = await TestAccounts.NewActiveAsync(Grains);
        var account = Grains.GetGrain<IAccountGrain>(person.AccountId);
        var sessions = new List<ISessionGrain>();
        for (var i = 0; i <= AccountGrain.MaxOpenSessions; i++)
        {
            var session = Grains.GetGrain<ISessionGrain>(Guid.NewGuid().ToString("N"));
            await session.OpenAsync(person.AccountId, cluster.Time.GetUtcNow().AddDays(30));
            await account.RegisterSessionAsync(session.GetPrimaryKeyString());
            sessions.Add(session);
        }

        Assert.Null(await sessions[0].GetAccountIdAsync());
        Assert.Equal(person.AccountId, await sessions[1].GetAccountIdAsync());
        Assert.Equal(person.AccountId, await sessions[^1].GetAccountIdAsync());
    }

    /// <summary>A research team given at invitation is part of what the person may do (it decides who reads team annotations); too long a name is refused.</summary>
    [Fact]
    public async Task Invite_WithTeam_AccessCarriesItTrimmed()
    {
        var account = NewAccount(out _);
        var refused = NewAccount(out _);

        await account.InviteAsync(TestAccounts.Invite("invite", Actor.Seed) with { Team = "  LISST-CIEU " });
        var error = await Assert.ThrowsAsync<DomainException>(() => refused.InviteAsync(TestAccounts.Invite("invite", Actor.Seed) with { Team = new string('x', 81) }));

        Assert.Equal("LISST-CIEU", (await account.GetAccessAsync())!.Team);
        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Null(await refused.FindAsync());
    }

    [GeneratedRegex("^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$")]
    private static partial Regex CodePattern();
}
