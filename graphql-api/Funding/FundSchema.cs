using Cooperation.Grains.Accounts;
using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Funding.Calls;
using Cooperation.Grains.Funding.Reviews;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Actions;

namespace Cooperation.GraphQL.Funding;

/// <summary>Where the Fonds de Solidarité Numérique plugs its fields into the schema.</summary>
public static class FundSchema
{
    public static void AddFundQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundCallType>>>>("fundCalls")
            .WithComplexityImpact(1, FundComplexity.CallsPerDirectory)
            .Description("Appels à projets du Fonds de Solidarité Numérique, les plus récents d'abord (publics). / The fund's calls for projects, newest first (public).")
            .WithAccess(AccessRule.Public)
            .ResolveAsync(async c =>
            {
                var grains = c.Grains();
                var codes = await grains.GetGrain<IFundCallDirectoryGrain>(FundCallDirectoryGrain.Key).ListAsync();
                return (await Task.WhenAll(codes.Select(code => grains.GetGrain<IFundCallGrain>(code).FindAsync()))).OfType<FundCall>().ToList();
            });
        query.Field<NonNullGraphType<FundCallType>>("fundCall")
            .Description("Un appel à projets par son identifiant ou son code (« fsn-2026 »). / A call for projects by id or code.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .WithAccess(AccessRule.Public)
            .ResolveAsync(async c =>
            {
                var code = FundLookup.CallCode(c.GetArgument<string>("id"));
                return await c.Grains().GetGrain<IFundCallGrain>(code).FindAsync() ?? throw Grains.Funding.FundErrors.UnknownCall(code);
            });
        query.Field<NonNullGraphType<FundApplicationType>>("fundApplication")
            .Description("Un dossier de candidature : gestionnaires, membres du partenariat candidat, instructeurs désignés. / An application: managers, the applicant partnership's members, assigned reviewers.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .WithAccess(AccessRule.SignedIn)
            .ResolveAsync(async c => await c.Grains().GetGrain<IFundApplicationGrain>(FundLookup.ApplicationKey(c.GetArgument<string>("id"))).GetAsync(c.Actor()));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundApplicationType>>>>("reviewAssignments")
            .WithComplexityImpact(1, FundComplexity.ApplicationsPerCall)
            .Description("Les dossiers qui vous sont confiés, et eux seuls (instructeurs). / The files assigned to you, and only those (reviewers).")
            .WithAccess(AccessRule.FundReviewer)
            .ResolveAsync(async c =>
            {
                var grains = c.Grains();
                var actor = c.Actor();
                var keys = await grains.GetGrain<IReviewerIndexGrain>(actor.Id).ListAsync(actor);
                var found = await Task.WhenAll(keys.Select(key => grains.GetGrain<IFundApplicationGrain>(key).FindAsync(actor)));
                return found.OfType<FundApplication>().ToList();
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PossibleConflictType>>>>("reviewerConflicts")
            .WithComplexityImpact(1, FundComplexity.ConflictsPerReview)
            .Description("Conflits d'intérêts possibles d'un instructeur avec un dossier, avant de le désigner (gestionnaires). / A reviewer's possible conflicts with a file, before assigning them (managers).")
            .Argument<NonNullGraphType<IdGraphType>>("applicationId")
            .Argument<NonNullGraphType<StringGraphType>>("reviewerEmail")
            .WithAccess(AccessRule.FundManager)
            .ResolveAsync(async c => await c.Grains().GetGrain<IFundApplicationGrain>(FundLookup.ApplicationKey(c.GetArgument<string>("applicationId")))
                .CheckConflictsAsync(c.Actor(), AccountRules.Key(c.GetArgument<string>("reviewerEmail"))));
    }

    /// <summary>Field actions: fields of the mutation root, never in a partnership's sync.</summary>
    public static IEnumerable<FieldAction> Actions => FundActions.All;
}
