using Cooperation.Grains.Accounts;
using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Funding.Applications.Commands;
using Cooperation.Grains.Funding.Calls;
using Cooperation.Grains.Funding.Calls.Commands;
using Cooperation.Grains.Funding.Reviews.Commands;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Funding;

/// <summary>The fund's fields of the mutation root, one Input and one Payload each; the grains decide who may.</summary>
internal static class FundMutations
{
    public static void Add(ObjectGraphType mutation)
    {
        mutation.Field("createFundCall", new NonNullGraphType(new FundCallPayloadType("CreateFundCallPayload")))
            .Description("Ouvrir un appel à projets (gestionnaires). / Open a call for projects (managers).")
            .Argument<NonNullGraphType<CreateFundCallInputType>>("input")
            .WithAccess(AccessRule.FundManager)
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<CreateFundCallInput>("input");
                var code = FundLookup.CallCode(i.Code);
                var call = await c.Grains().GetGrain<IFundCallGrain>(code).CreateAsync(new CreateFundCall(
                    i.ClientMutationId, c.Actor(), i.Year, i.Title, i.Envelope, i.Deadline, i.BlindReview ?? false,
                    i.Criteria.Select(x => x.ToCriterion()).ToList(), i.RequiredPieces ?? []));
                return new FundCallPayload(i.ClientMutationId, call);
            });
        mutation.Field("editFundCall", new NonNullGraphType(new FundCallPayloadType("EditFundCallPayload")))
            .Description("Modifier un appel à projets (gestionnaires). / Edit a call for projects (managers).")
            .Argument<NonNullGraphType<EditFundCallInputType>>("input")
            .WithAccess(AccessRule.FundManager)
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<EditFundCallInput>("input");
                var call = await c.Grains().GetGrain<IFundCallGrain>(FundLookup.CallCode(i.CallId)).EditAsync(new EditFundCall(
                    i.ClientMutationId, c.Actor(), i.Title, i.Envelope, i.Deadline, i.BlindReview,
                    i.Criteria?.Select(x => x.ToCriterion()).ToList(), i.RequiredPieces));
                return new FundCallPayload(i.ClientMutationId, call);
            });

        mutation.Field("draftFundApplication", new NonNullGraphType(new FundApplicationPayloadType("DraftFundApplicationPayload")))
            .Description("Rédiger le dossier d'un partenariat à un appel (collectivité française). / Draft a partnership's application to a call (French authority).")
            .Argument<NonNullGraphType<DraftFundApplicationInputType>>("input")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<DraftFundApplicationInput>("input");
                var slug = PartnershipLookup.Slug(i.PartnershipId);
                var actor = c.Actor();
                // The call numbers the file (and checks the applicant and the deadline) before the file is written.
                var key = await c.Grains().GetGrain<IFundCallGrain>(FundLookup.CallCode(i.CallId)).OpenApplicationAsync(actor, slug);
                var application = await c.Grains().GetGrain<IFundApplicationGrain>(key)
                    .DraftAsync(new DraftFundApplication(i.ClientMutationId, actor, slug, i.ToContent()));
                return new FundApplicationPayload(i.ClientMutationId, application);
            });

        Add<EditFundApplicationInput, EditFundApplicationInputType>(mutation, "editFundApplication", AccessRule.PartnershipMember,
            "Modifier le brouillon du dossier (collectivité française) ; refusé pour une version déposée. / Edit the draft (French authority); refused for a filed version.",
            (i, a) => g => g.EditAsync(new EditFundApplication(i.ClientMutationId, a, i.ExpectedRevision, i.Title, i.Description, i.ExpectedResults,
                i.RequestedAmount, i.CoFinancing?.Select(l => l.ToLine()).ToList(), i.Budget?.Select(l => l.ToLine()).ToList(),
                i.Pieces?.Select(p => p.ToPiece()).ToList())));
        Add<SubmitFundApplicationInput, SubmitFundApplicationInputType>(mutation, "submitFundApplication", AccessRule.PartnershipMember,
            "Déposer le dossier : refusé tant que la liste de contrôle a un manque ; le brouillon devient une version figée. / File the application: refused while the checklist has a gap; the draft becomes a frozen version.",
            (i, a) => g => g.SubmitAsync(new SubmitFundApplication(i.ClientMutationId, a)));
        Add<ReturnFundApplicationInput, ReturnFundApplicationInputType>(mutation, "returnFundApplication", AccessRule.FundManager,
            "Renvoyer un dossier déposé pour compléments (gestionnaires). / Return a filed application for completion (managers).",
            (i, a) => g => g.ReturnAsync(new ReturnFundApplication(i.ClientMutationId, a, i.Reason)));
        Add<AssignReviewerInput, AssignReviewerInputType>(mutation, "assignReviewer", AccessRule.FundManager,
            "Désigner un instructeur (gestionnaires) ; CONFLICT si le graphe des partenariats montre un conflit d'intérêts, sauf dérogation motivée. / Assign a reviewer (managers); CONFLICT when the partnership graph shows a conflict of interest, unless overridden with a reason.",
            (i, a) => g => g.AssignReviewerAsync(new AssignReviewer(i.ClientMutationId, a, AccountRules.Key(i.ReviewerEmail), i.OverrideReason)));
        Add<DeclareConflictOfInterestInput, DeclareConflictOfInterestInputType>(mutation, "declareConflictOfInterest", AccessRule.FundReviewer,
            "Déclarer un lien d'intérêts (instructeur désigné). / Declare an interest (assigned reviewer).",
            (i, a) => g => g.DeclareConflictAsync(new DeclareConflictOfInterest(i.ClientMutationId, a, i.Statement)));
        Add<RecuseFromReviewInput, RecuseFromReviewInputType>(mutation, "recuseFromReview", AccessRule.FundReviewer,
            "Se déporter (instructeur désigné) : ses notes ne comptent plus. / Recuse (assigned reviewer): their scores no longer count.",
            (i, a) => g => g.RecuseAsync(new RecuseFromReview(i.ClientMutationId, a, i.Reason)));
        Add<ScoreFundApplicationInput, ScoreFundApplicationInputType>(mutation, "scoreFundApplication", AccessRule.FundReviewer,
            "Noter un critère avec justification et citations de la version déposée (instructeur désigné). / Score one criterion with a justification and citations of the filed version (assigned reviewer).",
            (i, a) => g => g.ScoreAsync(new ScoreCriterion(i.ClientMutationId, a, i.Criterion, i.Score, i.Justification,
                i.Citations?.Select(x => x.ToSelector()).ToList() ?? [])));
        Add<SubmitReviewInput, SubmitReviewInputType>(mutation, "submitReview", AccessRule.FundReviewer,
            "Transmettre son évaluation, chaque critère noté (instructeur désigné). / Submit one's review, every criterion scored (assigned reviewer).",
            (i, a) => g => g.SubmitReviewAsync(new SubmitReview(i.ClientMutationId, a, i.Comment)));
        Add<GrantFundApplicationInput, GrantFundApplicationInputType>(mutation, "grantFundApplication", AccessRule.FundManager,
            "Accorder la subvention, au plus le montant demandé, avec les motifs (gestionnaires). / Grant the application, at most the requested amount, with reasons (managers).",
            (i, a) => g => g.GrantAsync(new GrantFundApplication(i.ClientMutationId, a, i.Amount, i.Reasons, i.PeriodStart, i.PeriodEnd)));
        Add<DeclineFundApplicationInput, DeclineFundApplicationInputType>(mutation, "declineFundApplication", AccessRule.FundManager,
            "Refuser le dossier, avec les motifs (gestionnaires). / Decline the application, with reasons (managers).",
            (i, a) => g => g.DeclineAsync(new DeclineFundApplication(i.ClientMutationId, a, i.Reasons)));
    }

    /// <summary>Declares a mutation on an existing application: <c>name(input: NameInput!): NamePayload!</c>.</summary>
    private static void Add<TInput, TInputType>(
        ObjectGraphType mutation, string name, AccessRule rule, string description,
        Func<TInput, Actor, Func<IFundApplicationGrain, Task<FundApplication>>> command)
        where TInput : ApplicationChangeInput
        where TInputType : IInputObjectGraphType
    {
        var payloadName = char.ToUpperInvariant(name[0]) + name[1..] + "Payload";
        mutation.Field(name, new NonNullGraphType(new FundApplicationPayloadType(payloadName)))
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .WithAccess(rule)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<TInput>("input");
                var key = FundLookup.ApplicationKey(input.ApplicationId);
                var application = await command(input, c.Actor())(c.Grains().GetGrain<IFundApplicationGrain>(key));
                return new FundApplicationPayload(input.ClientMutationId, application);
            });
    }
}
