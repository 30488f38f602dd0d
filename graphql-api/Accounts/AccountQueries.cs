using Cooperation.Grains.Accounts;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;

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

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("people")
            .Description("Toutes les personnes ayant un compte, dans l'ordre où elles ont été invitées (administrateurs). / Everyone with an account, in the order they were invited (administrators).")
            .WithAccess(AccessRule.Administrator)
            .ResolveAsync(async c =>
            {
                var grains = c.Grains();
                var keys = await grains.GetGrain<IPeopleDirectoryGrain>(PeopleDirectoryGrain.Key).ListAsync();
                var people = await Task.WhenAll(keys.Select(key => grains.GetGrain<IAccountGrain>(key).GetAccessAsync()));
                return people.OfType<AccountAccess>().ToList();
            });

        query.Field<PersonType>("person")
            .Description("Une personne, par adresse électronique (administrateurs). / A person, by e-mail (administrators).")
            .Argument<NonNullGraphType<StringGraphType>>("email")
            .WithAccess(AccessRule.Administrator)
            .ResolveAsync(async c => await c.Grains().GetGrain<IAccountGrain>(AccountRules.Key(c.GetArgument<string>("email"))).GetAccessAsync()
                ?? throw ApiErrors.NotFound("Personne inconnue.", "Unknown person."));
    }
}
