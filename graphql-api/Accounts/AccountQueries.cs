using Cooperation.Grains.Accounts;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Relay;

namespace Cooperation.GraphQL.Accounts;

/// <summary>The account fields of the query root: oneself, and anyone for administrators.</summary>
public static class AccountQueries
{
    public static void AddAccountQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<PersonType>>("viewer")
            .Description("La personne connectée. / The signed-in person.")
            .WithAccess(AccessRule.SignedIn)
            .Resolve(c => c.Viewer().Access);

        query.Field<NonNullGraphType<PersonConnectionType>>("people")
            .Description($"Les personnes ayant un compte, la dernière invitée d'abord, par pages (au plus {HistoryPageRequest.MaxFirst}) (administrateurs). / Everyone with an account, the latest invited first, a page at a time (at most {HistoryPageRequest.MaxFirst}) (administrators).")
            .PageArguments("personnes", "people")
            .WithAccess(AccessRule.Administrator)
            .ResolveAsync(async c =>
            {
                var grains = c.Grains();
                var page = await grains.GetGrain<IPeopleDirectoryGrain>(PeopleDirectoryGrain.Key).PageAsync(PositionPages.Request(c));
                // One grain call per person of the page, in parallel: each account owns its access.
                var people = await Task.WhenAll(page.AccountIds.Select(key => grains.GetGrain<IAccountGrain>(key).GetAccessAsync()));
                return PositionPages.Connection(people.OfType<AccountAccess>().ToList(), page.NewestPosition, page.HasMore, page.TotalCount);
            });

        query.Field<PersonType>("person")
            .Description("Une personne, par adresse électronique (administrateurs). / A person, by e-mail (administrators).")
            .Argument<NonNullGraphType<StringGraphType>>("email")
            .WithAccess(AccessRule.Administrator)
            .ResolveAsync(async c => await c.Grains().GetGrain<IAccountGrain>(AccountRules.Key(c.GetArgument<string>("email"))).GetAccessAsync()
                ?? throw ApiErrors.NotFound("Personne inconnue.", "Unknown person."));
    }
}
