using Cooperation.Grains.Accounts;
using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Funding.Applications.Commands;
using Cooperation.Grains.Funding.Calls;
using Cooperation.Grains.Funding.Calls.Commands;
using Cooperation.Grains.Funding.Reviews.Commands;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Actions;

namespace Cooperation.GraphQL.Funding;

/// <summary>
/// The fund's field actions, one Input and one Payload each; the grains decide who may. None travels in a partnership's
/// sync: the fund's work is done online, at a desk.
/// </summary>
internal static class FundActions
{
    public static IEnumerable<FieldAction> All =>
    [
        new FieldAction<CreateFundCallInput, CreateFundCallInputType, FundCall>("createFundCall",
            "Ouvrir un appel à projets (gestionnaires). / Open a call for projects (managers).", CallAnswer,
            (i, c) => c.Grains.GetGrain<IFundCallGrain>(FundLookup.CallCode(i.Code)).CreateAsync(new CreateFundCall(
                i.ClientMutationId, c.Actor, i.Year, i.Title, i.Envelope, i.Deadline, i.BlindReview ?? false,
                i.Criteria.Select(x => x.ToCriterion()).ToList(), i.RequiredPieces ?? [])),
            AccessRule.FundManager, inSync: false),
        new FieldAction<EditFundCallInput, EditFundCallInputType, FundCall>("editFundCall",
            "Modifier un appel à projets (gestionnaires). / Edit a call for projects (managers).", CallAnswer,
            (i, c) => c.Grains.GetGrain<IFundCallGrain>(FundLookup.CallCode(i.CallId)).EditAsync(new EditFundCall(
                i.ClientMutationId, c.Actor, i.Title, i.Envelope, i.Deadline, i.BlindReview,
                i.Criteria?.Select(x => x.ToCriterion()).ToList(), i.RequiredPieces)),
            AccessRule.FundManager, inSync: false),
        new FieldAction<DraftFundApplicationInput, DraftFundApplicationInputType, FundApplication>("draftFundApplication",
            "Rédiger le dossier d'un partenariat à un appel (collectivité française). / Draft a partnership's application to a call (French authority).", ApplicationAnswer,
            async (i, c) =>
            {
                var slug = PartnershipLookup.Slug(i.PartnershipId);
                // The call numbers the file (and checks the applicant and the deadline) before the file is written.
                var key = await c.Grains.GetGrain<IFundCallGrain>(FundLookup.CallCode(i.CallId)).OpenApplicationAsync(c.Actor, slug);
                return await c.Grains.GetGrain<IFundApplicationGrain>(key).DraftAsync(new DraftFundApplication(i.ClientMutationId, c.Actor, slug, i.ToContent()));
            },
            AccessRule.PartnershipMember, inSync: false),
        Change<EditFundApplicationInput, EditFundApplicationInputType>("editFundApplication", AccessRule.PartnershipMember,
            "Modifier le brouillon du dossier (collectivité française) ; refusé pour une version déposée. / Edit the draft (French authority); refused for a filed version.",
            (i, a) => g => g.EditAsync(new EditFundApplication(i.ClientMutationId, a, i.ExpectedRevision, i.Title, i.Description, i.ExpectedResults,
                i.RequestedAmount, i.CoFinancing?.Select(l => l.ToLine()).ToList(), i.Budget?.Select(l => l.ToLine()).ToList(),
                i.Pieces?.Select(p => p.ToPiece()).ToList()))),
        Change<SubmitFundApplicationInput, SubmitFundApplicationInputType>("submitFundApplication", AccessRule.PartnershipMember,
            "Déposer le dossier : refusé tant que la liste de contrôle a un manque ; le brouillon devient une version figée. / File the application: refused while the checklist has a gap; the draft becomes a frozen version.",
            (i, a) => g => g.SubmitAsync(new SubmitFundApplication(i.ClientMutationId, a))),
        Change<ReturnFundApplicationInput, ReturnFundApplicationInputType>("returnFundApplication", AccessRule.FundManager,
            "Renvoyer un dossier déposé pour compléments (gestionnaires). / Return a filed application for completion (managers).",
            (i, a) => g => g.ReturnAsync(new ReturnFundApplication(i.ClientMutationId, a, i.Reason))),
        Change<AssignReviewerInput, AssignReviewerInputType>("assignReviewer", AccessRule.FundManager,
            "Désigner un instructeur (gestionnaires) ; CONFLICT si le graphe des partenariats montre un conflit d'intérêts, sauf dérogation motivée. / Assign a reviewer (managers); CONFLICT when the partnership graph shows a conflict of interest, unless overridden with a reason.",
            (i, a) => g => g.AssignReviewerAsync(new AssignReviewer(i.ClientMutationId, a, AccountRules.Key(i.ReviewerEmail), i.OverrideReason))),
        Change<DeclareConflictOfInterestInput, DeclareConflictOfInterestInputType>("declareConflictOfInterest", AccessRule.FundReviewer,
            "Déclarer un lien d'intérêts (instructeur désigné). / Declare an interest (assigned reviewer).",
            (i, a) => g => g.DeclareConflictAsync(new DeclareConflictOfInterest(i.ClientMutationId, a, i.Statement))),
        Change<RecuseFromReviewInput, RecuseFromReviewInputType>("recuseFromReview", AccessRule.FundReviewer,
            "Se déporter (instructeur désigné) : ses notes ne comptent plus. / Recuse (assigned reviewer): their scores no longer count.",
            (i, a) => g => g.RecuseAsync(new RecuseFromReview(i.ClientMutationId, a, i.Reason))),
        Change<ScoreFundApplicationInput, ScoreFundApplicationInputType>("scoreFundApplication", AccessRule.FundReviewer,
            "Noter un critère avec justification et citations de la version déposée (instructeur désigné). / Score one criterion with a justification and citations of the filed version (assigned reviewer).",
            (i, a) => g => g.ScoreAsync(new ScoreCriterion(i.ClientMutationId, a, i.Criterion, i.Score, i.Justification,
                i.Citations?.Select(x => x.ToSelector()).ToList() ?? []))),
        Change<SubmitReviewInput, SubmitReviewInputType>("submitReview", AccessRule.FundReviewer,
            "Transmettre son évaluation, chaque critère noté (instructeur désigné). / Submit one's review, every criterion scored (assigned reviewer).",
            (i, a) => g => g.SubmitReviewAsync(new SubmitReview(i.ClientMutationId, a, i.Comment))),
        Change<GrantFundApplicationInput, GrantFundApplicationInputType>("grantFundApplication", AccessRule.FundManager,
            "Accorder la subvention, au plus le montant demandé, avec les motifs (gestionnaires). / Grant the application, at most the requested amount, with reasons (managers).",
            (i, a) => g => g.GrantAsync(new GrantFundApplication(i.ClientMutationId, a, i.Amount, i.Reasons, i.PeriodStart, i.PeriodEnd))),
        Change<DeclineFundApplicationInput, DeclineFundApplicationInputType>("declineFundApplication", AccessRule.FundManager,
            "Refuser le dossier, avec les motifs (gestionnaires). / Decline the application, with reasons (managers).",
            (i, a) => g => g.DeclineAsync(new DeclineFundApplication(i.ClientMutationId, a, i.Reasons))),
    ];

    private static ActionAnswer<FundCall> CallAnswer { get; } = ActionAnswer<FundCall>.Entity<FundCallType>("call",
        "Résultat : l'identifiant client renvoyé et l'appel. / Result: the echoed client id and the call.");

    /// <summary>The application as the actor sees it.</summary>
    private static ActionAnswer<FundApplication> ApplicationAnswer { get; } = ActionAnswer<FundApplication>.Entity<FundApplicationType>("application",
        "Résultat : l'identifiant client renvoyé et le dossier. / Result: the echoed client id and the application.");

    /// <summary>An action on an existing application, which its grain carries out.</summary>
    private static FieldAction Change<TInput, TInputType>(
        string name, AccessRule rule, string description, Func<TInput, Actor, Func<IFundApplicationGrain, Task<FundApplication>>> command)
        where TInput : ApplicationChangeInput
        where TInputType : IInputObjectGraphType =>
        new FieldAction<TInput, TInputType, FundApplication>(name, description, ApplicationAnswer,
            (i, c) => command(i, c.Actor)(c.Grains.GetGrain<IFundApplicationGrain>(FundLookup.ApplicationKey(i.ApplicationId))),
            rule, inSync: false);
}
