using Cooperation.Grains.Accounts;
using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Funding.Applications.Commands;
using Cooperation.Grains.Funding.Calls;
using Cooperation.Grains.Funding.Calls.Commands;
using Cooperation.Grains.Funding.Reviews.Commands;
using Cooperation.Grains.Tests.Accounts;

namespace Cooperation.Grains.Tests.Funding;

/// <summary>Calls, files and people of the fund the tests use often, with realistic values.</summary>
public static class TestFunds
{
    public const decimal Envelope = 150_000m;

    public const string Description =
        "Équiper les salles multimédia de quatre écoles de Dakar et Thiès avec des ordinateurs reconditionnés à Besançon, " +
        "et former les animateurs TICE à leur entretien.";

    public const string ExpectedResults = "Quatre salles multimédia équipées ; vingt animateurs TICE formés.";

    public static IReadOnlyList<RubricCriterion> Rubric { get; } =
    [
        new("pertinence", "Pertinence pour la solidarité numérique", "Relevance to digital solidarity", 3, 0, 5),
        new("partenariat", "Qualité du partenariat entre collectivités", "Quality of the partnership between authorities", 2, 0, 5),
        new("budget", "Réalisme du budget et des cofinancements", "Realism of the budget and co-financing", 1, 0, 10),
    ];

    public static IReadOnlyList<PieceKind> Pieces { get; } =
        [PieceKind.SignedPartnershipAgreement, PieceKind.CouncilDeliberation, PieceKind.CostedLetterOfIntent];

    /// <summary>A complete file: 40,000 asked, 20,000 co-financed, 60,000 of budget, every required piece.</summary>
    public static ApplicationContent Complete(decimal requested = 40_000m) => new(
        "Salles multimédia dans les écoles du Sénégal",
        Description,
        ExpectedResults,
        requested,
        [new CoFinancingLine("Ville de Besançon (fonds propres)", 20_000m, true)],
        [new BudgetLine("Reconditionnement et transport des ordinateurs", 35_000m), new BudgetLine("Formation des animateurs TICE", requested + 20_000m - 35_000m)],
        [
            new ApplicationPiece(PieceKind.SignedPartnershipAgreement, "Convention de partenariat signée", null, "Convention du 3 février 2026"),
            new ApplicationPiece(PieceKind.CouncilDeliberation, "Délibération du conseil municipal", "delib-2026-045", null),
            new ApplicationPiece(PieceKind.CostedLetterOfIntent, "Lettre d'intention chiffrée de l'Éducation nationale", null, "Lettre du 10 mars 2026"),
        ]);

    public static async Task<Actor> NewManagerAsync(IGrainFactory grains) =>
        (await TestAccounts.NewActiveAsync(grains, "Gestionnaire du Fonds", AccountRole.FundManager)).AsActor();

    public static async Task<Actor> NewReviewerAsync(IGrainFactory grains, string name = "Instructeur du Fonds", params Membership[] memberships)
    {
        var account = grains.GetGrain<IAccountGrain>(TestAccounts.NewEmail("instructeur"));
        var invitation = await account.InviteAsync(TestAccounts.Invite("invite", Actor.Seed, name, [AccountRole.FundReviewer], memberships));
        return (await account.AcceptInvitationAsync(invitation.Code, TestAccounts.Password)).AsActor();
    }

    /// <summary>An open call no other test uses (deadline in 60 days).</summary>
    public static async Task<IFundCallGrain> NewCallAsync(IGrainFactory grains, ClusterFixture cluster, bool blind = false)
    {
        var call = grains.GetGrain<IFundCallGrain>(ClusterFixture.NewSlug("fsn"));
        await call.CreateAsync(new CreateFundCall("create", Actor.Seed, 2026, "Fonds de Solidarité Numérique — appel 2026", Envelope,
            cluster.Time.GetUtcNow().AddDays(60), blind, Rubric, Pieces));
        return call;
    }

    public static async Task<IFundApplicationGrain> DraftAsync(IGrainFactory grains, IFundCallGrain call, IPartnershipGrain partnership, ApplicationContent? content = null)
    {
        var slug = partnership.GetPrimaryKeyString();
        var key = await call.OpenApplicationAsync(TestPartnerships.Staff, slug);
        var application = grains.GetGrain<IFundApplicationGrain>(key);
        await application.DraftAsync(new DraftFundApplication("draft", TestPartnerships.Staff, slug, content ?? Complete()));
        return application;
    }

    /// <summary>A new partnership's complete file, filed (version 1) to the call.</summary>
    public static async Task<(IPartnershipGrain Partnership, IFundApplicationGrain Application)> SubmittedAsync(
        IGrainFactory grains, IFundCallGrain call, ApplicationContent? content = null)
    {
        var partnership = await TestPartnerships.NewAsync(grains);
        var application = await DraftAsync(grains, call, partnership, content);
        await application.SubmitAsync(new SubmitFundApplication("submit", TestPartnerships.Staff));
        return (partnership, application);
    }

    /// <summary>Scores every criterion of <see cref="Rubric"/> and submits the review.</summary>
    public static async Task<FundApplication> ReviewAsync(IFundApplicationGrain application, Actor reviewer, int pertinence, int partenariat, int budget)
    {
        await application.ScoreAsync(new ScoreCriterion($"{reviewer.Id}:pertinence", reviewer, "pertinence", pertinence, "Projet au cœur de la solidarité numérique.", []));
        await application.ScoreAsync(new ScoreCriterion($"{reviewer.Id}:partenariat", reviewer, "partenariat", partenariat, "Partenariat ancien et actif.", []));
        await application.ScoreAsync(new ScoreCriterion($"{reviewer.Id}:budget", reviewer, "budget", budget, "Budget équilibré.", []));
        return await application.SubmitReviewAsync(new SubmitReview($"{reviewer.Id}:submit", reviewer, null));
    }
}
