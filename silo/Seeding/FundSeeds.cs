using Cooperation.Grains.Accounts;
using Cooperation.Grains.Annotations;
using Cooperation.Grains.Annotations.Commands;
using Cooperation.Grains.Common;
using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Funding.Applications.Commands;
using Cooperation.Grains.Funding.Calls;
using Cooperation.Grains.Funding.Calls.Commands;
using Cooperation.Grains.Funding.Reviews.Commands;

namespace Cooperation.Silo.Seeding;

/// <summary>
/// The Fonds de Solidarité Numérique's 2026 call for projects (the DAECT's annual call the note de synthèse describes)
/// with two filed applications — Castres-Mazamet for SIG Guédiawaye, Besançon for Sénéclic — and, with the demo
/// people, its reviewers: Paul Lefèvre on both files, Thomas Garnier blocked on SIG Guédiawaye (he is a third partner
/// of that partnership: a conflict the partnership graph shows) and assigned to Sénéclic, and Paul's review of
/// Sénéclic scored with a cited passage, with a note of his on that file for the fund's people. Loaded idempotently:
/// every command has a fixed client mutation id.
/// </summary>
/// <remarks>The amounts are illustrative: the seed text names the fund and its annual calls, not their figures.</remarks>
public static class FundSeeds
{
    public const string CallCode = "fsn-2026";

    /// <summary>Still open when the demo was written; the platform records the seeded filings whatever the date.</summary>
    private static readonly DateTimeOffset Deadline = new(2026, 12, 18, 16, 0, 0, TimeSpan.Zero);

    private static readonly IReadOnlyList<RubricCriterion> Rubric =
    [
        new("fracture-numerique", "Contribution à la réduction de la fracture numérique", "Contribution to bridging the digital divide", 3, 0, 5),
        new("partenariat", "Qualité du partenariat : maîtrise d'ouvrage française, implication du partenaire du Sud",
            "Quality of the partnership: French authority as project owner, South partner involved", 2, 0, 5),
        new("appropriation", "Appropriation locale : formation des agents, des citoyens et des acteurs associatifs",
            "Local ownership: training of staff, citizens and associations", 2, 0, 5),
        new("troisieme-partenaire", "Rôle du troisième partenaire (recherche-action, établissement scolaire, association)",
            "Role of the third partner (action research, school, association)", 1, 0, 5),
        new("budget", "Réalisme du budget et solidité des cofinancements", "Realism of the budget and strength of co-financing", 2, 0, 5),
    ];

    private const string SeneclicDescription =
        "La Ville de Besançon déploie avec l'État du Sénégal le programme Sénéclic : des ordinateurs reconditionnés par un atelier " +
        "qui emploie des personnes handicapées équipent les salles multimédia des écoles sénégalaises. Le projet 2026 équipe quatre " +
        "nouvelles écoles (Yoff, Rufisque, Thiès, Mbour), forme les équipes locales aux techniques du recyclage des ordinateurs et " +
        "accompagne les enseignants dans l'usage pédagogique des TICE.";

    private const string SigDescription =
        "Avec la Communauté d'agglomération de Castres-Mazamet et l'appui du LISST-CIEU (Université de Toulouse II), la Ville de " +
        "Guédiawaye poursuit la mise en œuvre de son système d'information géographique au service de l'organisation communale. " +
        "Le projet 2026 forme les citoyens et les acteurs des ONG locales à l'usage des TIC, s'appuie sur le réseau de l'Agenda 21 " +
        "local pour des ateliers participatifs et produit des contenus territoriaux de proximité publiés sur le portail associatif.";

    private static ApplicationPiece Reference(PieceKind kind, string name, string reference) => new(kind, name, null, reference);

    private static IReadOnlyList<(string Slug, ApplicationContent Content)> Applications { get; } =
    [
        ("sig-guediawaye", new ApplicationContent(
            "Former les citoyens et les ONG de Guédiawaye aux TIC et au SIG communal",
            SigDescription,
            "Trois cents citoyens et quarante responsables d'ONG formés ; huit couches du SIG en service ; vingt projets communaux " +
            "publiés sur le portail ; ateliers Agenda 21 tenus dans chaque quartier.",
            45_000m,
            [
                new CoFinancingLine("Communauté d'agglomération de Castres-Mazamet (fonds propres)", 25_000m, true),
                new CoFinancingLine("LISST-CIEU, Université de Toulouse II (recherche-action, valorisée)", 10_000m, true),
                new CoFinancingLine("Ville de Guédiawaye (locaux et agents mis à disposition)", 5_000m, false),
            ],
            [
                new BudgetLine("Formations des citoyens et des ONG aux TIC", 30_000m),
                new BudgetLine("Matériel et logiciels libres du SIG", 25_000m),
                new BudgetLine("Missions d'accompagnement à Guédiawaye", 15_000m),
                new BudgetLine("Production de contenus territoriaux", 15_000m),
            ],
            [
                Reference(PieceKind.SignedPartnershipAgreement, "Convention de coopération Castres-Mazamet – Guédiawaye", "Convention signée le 14 mars 2025"),
                Reference(PieceKind.CouncilDeliberation, "Délibération du conseil communautaire", "Délibération n° 2026-112 du 9 février 2026"),
                Reference(PieceKind.CostedLetterOfIntent, "Lettre d'intention chiffrée de la Ville de Guédiawaye", "Lettre du maire du 20 janvier 2026"),
            ])),
        ("seneclic", new ApplicationContent(
            "Équiper les salles multimédia des écoles du Sénégal en ordinateurs reconditionnés",
            SeneclicDescription,
            "Quatre salles multimédia équipées de cinquante postes ; quinze membres des équipes locales formés au reconditionnement ; " +
            "quarante enseignants accompagnés dans les usages TICE.",
            60_000m,
            [
                new CoFinancingLine("Ville de Besançon (fonds propres)", 40_000m, true),
                new CoFinancingLine("État du Sénégal, ministère de l'Éducation nationale (connexion des salles)", 20_000m, false),
            ],
            [
                new BudgetLine("Reconditionnement des ordinateurs (atelier d'insertion)", 50_000m),
                new BudgetLine("Transport et dédouanement du matériel", 30_000m),
                new BudgetLine("Formation des équipes locales et des enseignants (TICE)", 25_000m),
                new BudgetLine("Connexion des salles multimédia", 15_000m),
            ],
            [
                Reference(PieceKind.SignedPartnershipAgreement, "Convention Ville de Besançon – État du Sénégal", "Convention signée le 2 octobre 2024"),
                Reference(PieceKind.CouncilDeliberation, "Délibération du conseil municipal de Besançon", "Délibération n° 2026-031 du 5 février 2026"),
                Reference(PieceKind.CostedLetterOfIntent, "Lettre d'intention chiffrée du ministère de l'Éducation nationale", "Lettre du 16 janvier 2026"),
            ])),
    ];

    /// <summary>The call and its two filed applications; the reviews too when the demo people exist.</summary>
    public static async Task SeedAsync(IGrainFactory grains, bool withPeople, CancellationToken cancellationToken)
    {
        var seed = Actor.Seed;
        var call = grains.GetGrain<IFundCallGrain>(CallCode);
        await call.CreateAsync(new CreateFundCall($"seed:fund:{CallCode}", seed, 2026, "Appel à projets 2026 — Fonds de Solidarité Numérique (DAECT)",
            300_000m, Deadline, BlindReview: false, Rubric,
            [PieceKind.SignedPartnershipAgreement, PieceKind.CouncilDeliberation, PieceKind.CostedLetterOfIntent]));

        var keys = new Dictionary<string, string>();
        foreach (var (slug, content) in Applications)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var prefix = $"seed:fund:{CallCode}:{slug}";
            var key = await call.OpenApplicationAsync(seed, slug);
            var application = grains.GetGrain<IFundApplicationGrain>(key);
            await application.DraftAsync(new DraftFundApplication($"{prefix}:draft", seed, slug, content));
            await application.SubmitAsync(new SubmitFundApplication($"{prefix}:submit", seed));
            keys[slug] = key;
        }
        if (withPeople)
            await SeedReviewsAsync(grains, keys);
    }

    /// <summary>Assigns the reviewer to the partnership's file, unless she already is.</summary>
    /// <remarks>
    /// The file is looked at first because the seed's ids once named the reviewer by her e-mail address
    /// (<c>…:assign:{email}</c>), and an action id is read back by whoever made the action: they now name her place in
    /// the demo. On data seeded under the old ids, the new id is no repeat, and assigning again would be refused as a
    /// second assignment: finding her already there is what keeps a restart a no-op, under either id.
    /// </remarks>
    private static async Task AssignAsync(IGrainFactory grains, IReadOnlyDictionary<string, string> keys, string slug, DemoPerson reviewer)
    {
        var application = grains.GetGrain<IFundApplicationGrain>(keys[slug]);
        var reviewerId = AccountRules.Key(reviewer.Email);
        if ((await application.GetAsync(Actor.Seed)).Reviews.Any(r => r.ReviewerId == reviewerId))
            return;
        await application.AssignReviewerAsync(new AssignReviewer($"seed:fund:{CallCode}:{slug}:assign:{reviewer.Tag}", Actor.Seed, reviewerId));
    }

    private static async Task SeedReviewsAsync(IGrainFactory grains, IReadOnlyDictionary<string, string> keys)
    {
        var paul = DemoPeople.WithEmail("paul.lefevre@daect.example");
        var thomas = DemoPeople.WithEmail("thomas.garnier@daect.example");
        var prefix = $"seed:fund:{CallCode}";

        await AssignAsync(grains, keys, "sig-guediawaye", paul);
        await AssignAsync(grains, keys, "seneclic", paul);
        await AssignAsync(grains, keys, "seneclic", thomas);
        try
        {
            // Thomas Garnier is a third partner of SIG Guédiawaye: the graph shows it and the assignment is refused.
            await AssignAsync(grains, keys, "sig-guediawaye", thomas);
        }
        catch (DomainException e) when (e.Code == DomainErrorCode.Conflict)
        {
            // Expected: left for a manager to override with a reason, or to assign someone else.
        }
        var seneclic = grains.GetGrain<IFundApplicationGrain>(keys["seneclic"]);

        var reviewer = (await grains.GetGrain<IAccountGrain>(AccountRules.Key(paul.Email)).GetAccessAsync())!.AsActor();
        var quoted = "des ordinateurs reconditionnés par un atelier qui emploie des personnes handicapées";
        var at = SeneclicDescription.IndexOf(quoted, StringComparison.Ordinal);
        var scores = new (string Criterion, int Score, string Justification, IReadOnlyList<TextSelector> Citations)[]
        {
            ("fracture-numerique", 5, "Équiper les écoles réduit directement la fracture numérique des élèves ; le réemploi du matériel en fait un projet exemplaire.",
                [new TextSelector("description", quoted, "", "", at, at + quoted.Length)]),
            ("partenariat", 4, "Partenariat ancien entre la Ville de Besançon et l'État du Sénégal ; maîtrise d'ouvrage française claire.", []),
            ("appropriation", 4, "Formation des équipes locales au reconditionnement : la maintenance pourra se faire sur place.", []),
            ("troisieme-partenaire", 2, "Pas de troisième partenaire identifié ; les écoles pourraient s'associer à une équipe universitaire.", []),
            ("budget", 3, "Budget équilibré ; la connexion des salles dépend d'un cofinancement sollicité, pas encore acquis.", []),
        };
        foreach (var (criterion, score, justification, citations) in scores)
            await seneclic.ScoreAsync(new ScoreCriterion($"{prefix}:seneclic:score:{criterion}", reviewer, criterion, score, justification, citations));
        await seneclic.SubmitReviewAsync(new SubmitReview($"{prefix}:seneclic:review", reviewer,
            "Dossier solide et cohérent avec les réalisations des années précédentes ; à suivre sur la connexion des salles."));

        // A note for the fund's people on the file (managers and reviewers), which the applicant does not read.
        var noted = "forme les équipes locales aux techniques du recyclage des ordinateurs";
        var from = SeneclicDescription.IndexOf(noted, StringComparison.Ordinal);
        await grains.GetGrain<IAnnotationsGrain>(AnnotationRules.KeyFor(AnnotationTargetKind.Application, keys["seneclic"])).AnnotateAsync(new Annotate(
            $"{prefix}:seneclic:annotation:formation", reviewer, "instruction-formation", 1, new TextSelector("description", noted, "", "", from, from + noted.Length),
            AnnotationMotivation.Questioning, "Combien de personnes formées, et qui assure la maintenance après le départ de l'équipe de Besançon ?",
            AnnotationLanguage.Fr, null, AnnotationVisibility.Team));
    }
}
