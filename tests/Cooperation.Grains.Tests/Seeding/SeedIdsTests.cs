using Cooperation.Grains.Accounts;
using Cooperation.Grains.Accounts.Commands;
using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Funding.Calls;
using Cooperation.Grains.Funding.Reviews.Commands;
using Cooperation.Grains.Tests.Common;
using Cooperation.Silo.Hosting;
using Cooperation.Silo.Seeding;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cooperation.Grains.Tests.Seeding;

/// <summary>
/// The seed's action ids name people by their place in the demo; data seeded when they named them by e-mail address
/// must come through a start unchanged: nobody assigned or invited twice, and a person invited but not yet active then
/// activated with the code her old id still holds.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class SeedIdsTests(ClusterFixture cluster)
{
    private const string Password = "mot-de-passe-de-la-démo";

    private IGrainFactory Grains => cluster.Grains;

    private SeedPartnershipsTask Seed(bool withPeople) =>
        new(Grains, new CooperationSiloOptions { SeedDemoPeople = withPeople, DemoPassword = Password }, cluster.Time, NullLogger<SeedPartnershipsTask>.Instance);

    /// <summary>
    /// The partnerships and the fund's files seeded, then the people invited and the reviewers assigned under the ids of
    /// before (the administrator left invited, not active); a start with today's ids, then another: every reviewer once,
    /// every person invited once and active, no action id of the seed carrying an address.
    /// </summary>
    [Fact]
    public async Task Start_OverPeopleAndAssignmentsSeededWithOldIds_NothingTwice()
    {
        await Seed(withPeople: false).Execute(TestContext.Current.CancellationToken);
        var paul = DemoPeople.WithEmail("paul.lefevre@daect.example");
        var administrator = DemoPeople.WithEmail("admin@cooperation.example");
        foreach (var person in DemoPeople.All)
        {
            var account = Grains.GetGrain<IAccountGrain>(AccountRules.Key(person.Email));
            var invitation = await account.InviteAsync(new InvitePerson(
                $"seed:person:{person.Email}", Actor.Seed, person.DisplayName, person.Roles, person.Memberships, person.Team));
            if (person != administrator)
                await account.AcceptInvitationAsync(invitation.Code, Password);
        }
        var files = await Grains.GetGrain<IFundCallGrain>(FundSeeds.CallCode).ListApplicationsAsync();
        var oldIds = new List<string>();
        foreach (var file in files)
        {
            var application = Grains.GetGrain<IFundApplicationGrain>(file);
            oldIds.Add($"seed:fund:{FundSeeds.CallCode}:{(await application.GetAsync(Actor.Seed)).PartnershipSlug}:assign:{paul.Email}");
            await application.AssignReviewerAsync(new AssignReviewer(oldIds[^1], Actor.Seed, paul.Email));
        }

        await Seed(withPeople: true).Execute(TestContext.Current.CancellationToken);
        await Seed(withPeople: true).Execute(TestContext.Current.CancellationToken);

        foreach (var file in files)
        {
            var reviews = (await Grains.GetGrain<IFundApplicationGrain>(file).GetAsync(Actor.Seed)).Reviews;
            Assert.Single(reviews, r => r.ReviewerId == paul.Email);
            Assert.Equal(reviews.Count, reviews.Select(r => r.ReviewerId).Distinct().Count());
            var history = await Grains.GetGrain<IFundApplicationGrain>(file).HistoryAsync(Actor.Seed);
            Assert.All(history.Where(e => e.ClientMutationId.Contains('@')), e => Assert.Contains(e.ClientMutationId, oldIds));
        }
        foreach (var person in DemoPeople.All)
        {
            var account = Grains.GetGrain<IAccountGrain>(AccountRules.Key(person.Email));
            Assert.Equal(AccountStatus.Active, (await account.FindAsync())!.Status);
            Assert.Single(await account.HistoryAsync(Actor.Seed), e => e.Action == "AccountInvited");
        }
    }
}
