using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Funding.Calls;
using Cooperation.Grains.Funding.Reviews;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Funding;

/// <summary>An appel à projets of the Fonds de Solidarité Numérique: published, so its terms are public; its files are not.</summary>
public sealed class FundCallType : ObjectGraphType<FundCall>
{
    public FundCallType()
    {
        Name = FundLookup.CallTypeName;
        Description = "Appel à projets du Fonds de Solidarité Numérique (DAECT) : enveloppe, date limite, grille d'évaluation, pièces exigées. / A call for projects of the Digital Solidarity Fund: envelope, deadline, rubric, required pieces.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => FundLookup.CallIdOf(c.Source.Code));
        Field<NonNullGraphType<StringGraphType>>("code").Description("Code lisible, ex. « fsn-2026 ». / Readable code.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<IntGraphType>>("year").Resolve(c => c.Source.Year);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<DecimalGraphType>>("envelope").Description("Enveloppe de l'appel, en euros. / The call's envelope, in euros.").Resolve(c => c.Source.Envelope);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("deadline").Description("Date limite de dépôt (UTC). / Filing deadline (UTC).").Resolve(c => c.Source.Deadline);
        Field<NonNullGraphType<BooleanGraphType>>("open")
            .Description("Reçoit encore de nouveaux dossiers. / Still takes new files.")
            .Resolve(c => c.Source.IsOpenAt(c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow()));
        Field<NonNullGraphType<BooleanGraphType>>("blindReview")
            .Description("Évaluation à l'aveugle : les instructeurs ne voient pas qui candidate. / Blind review: reviewers do not see who applies.")
            .Resolve(c => c.Source.BlindReview);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RubricCriterionType>>>>("criteria")
            .WithComplexityImpact(1, FundComplexity.CriteriaPerCall)
            .Description("Grille d'évaluation. / The rubric.").Resolve(c => c.Source.Criteria);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PieceKindType>>>>("requiredPieces")
            .WithComplexityImpact(1, FundComplexity.LinesPerApplication)
            .Description("Pièces exigées dans chaque dossier. / Pieces every file must carry.").Resolve(c => c.Source.RequiredPieces);
        Field<NonNullGraphType<BooleanGraphType>>("rubricLocked")
            .Description("Des instructeurs sont désignés : la grille ne change plus. / Reviewers are assigned: the rubric no longer changes.")
            .Resolve(c => c.Source.RubricLocked);
        Field<NonNullGraphType<StringGraphType>>("rankingCsvPath")
            .Description("Où télécharger le classement en CSV (gestionnaires, jeton porteur). / Where to download the ranking as CSV (managers, bearer token).")
            .Resolve(c => FundEndpoints.RankingCsvPath(c.Source.Code));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundApplicationType>>>>("applications")
            .WithComplexityImpact(1, FundComplexity.ApplicationsPerCall)
            .Description("Les dossiers que vous pouvez lire : tous (gestionnaires), ceux de vos partenariats, ceux qui vous sont confiés (instructeurs). / The files you may read: all (managers), your partnerships' ones, those assigned to you (reviewers).")
            .WithAccess(AccessRule.SignedIn)
            .ResolveAsync(async c =>
            {
                var grains = c.Grains();
                var actor = c.Actor();
                var keys = await grains.GetGrain<IFundCallGrain>(c.Source.Code).ListApplicationsAsync();
                var found = await Task.WhenAll(keys.Select(key => grains.GetGrain<IFundApplicationGrain>(key).FindAsync(actor)));
                return found.OfType<FundApplication>().ToList();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RankingEntryType>>>>("ranking")
            .WithComplexityImpact(1, FundComplexity.ApplicationsPerCall)
            .Description("Classement des dossiers déposés par note pondérée (sur 100), avec les décisions ; gestionnaires seulement. / Filed applications ranked by weighted score (out of 100), with the decisions; managers only.")
            .WithAccess(AccessRule.FundManager)
            .ResolveAsync(async c => await c.Grains().GetGrain<IFundCallGrain>(c.Source.Code).GetRankingAsync(c.Actor()));

        this.AddHistoryField((c, page) => c.Grains().GetGrain<IFundCallGrain>(c.Source.Code).GetHistoryPageAsync(c.Actor(), page))
            .WithComplexityImpact(1, FundComplexity.HistoryPerCall)
            .Description("Historique de l'appel (ouverture, modifications), du plus récent au plus ancien, par pages ; gestionnaires seulement. / The call's history (opening, edits), newest first, a page at a time; managers only.")
            .WithAccess(AccessRule.FundManager);

        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Resolve(c => c.Source.UpdatedAt);
        Field<NonNullGraphType<LongGraphType>>("revision").Resolve(c => c.Source.Revision);
        this.FieldsGuardedByParent();
    }
}

public sealed class RubricCriterionType : ObjectGraphType<RubricCriterion>
{
    public RubricCriterionType()
    {
        Name = "RubricCriterion";
        Description = "Critère de la grille : poids et échelle de notes. / A rubric criterion: weight and score scale.";
        Field(c => c.Key).Description("Code du critère. / The criterion's key.");
        Field(c => c.LabelFr).Description("Intitulé en français. / French label.");
        Field(c => c.LabelEn).Description("Intitulé en anglais. / English label.");
        Field(c => c.Weight).Description("Poids relatif. / Relative weight.");
        Field(c => c.ScaleMin).Description("Note la plus basse. / Lowest score.");
        Field(c => c.ScaleMax).Description("Note la plus haute. / Highest score.");
        this.FieldsGuardedByParent();
    }
}

public sealed class RankingEntryType : ObjectGraphType<RankingEntry>
{
    public RankingEntryType()
    {
        Name = "RankingEntry";
        Description = "Un dossier dans le classement de son appel. / One file in its call's ranking.";
        Field(e => e.Rank).Description("Rang (1 = meilleure note) ; 0 sans évaluation transmise. / Rank (1 = best score); 0 without a submitted review.");
        Field<NonNullGraphType<IdGraphType>>("applicationId").Resolve(c => FundLookup.ApplicationIdOf(c.Source.ApplicationKey));
        Field(e => e.Number).Description("Numéro du dossier dans l'appel. / The file's number in the call.");
        Field(e => e.PartnershipName).Description("Partenariat candidat. / Applicant partnership.");
        Field(e => e.Applicant).Description("Collectivité française porteuse. / The French authority that applies.");
        Field(e => e.Title).Description("Intitulé du projet. / Project title.");
        Field<NonNullGraphType<DecimalGraphType>>("requestedAmount").Resolve(c => c.Source.RequestedAmount);
        Field<DecimalGraphType>("score").Description("Note pondérée sur 100 (moyenne des évaluations transmises). / Weighted score out of 100 (mean of submitted reviews).").Resolve(c => c.Source.Score);
        Field(e => e.CountedReviews).Description("Évaluations comptées. / Reviews counted.");
        Field<NonNullGraphType<ApplicationStatusType>>("status").Resolve(c => c.Source.Status);
        Field<DecimalGraphType>("grantedAmount").Resolve(c => c.Source.GrantedAmount);
        Field<StringGraphType>("decisionReasons").Resolve(c => c.Source.DecisionReasons);
        this.FieldsGuardedByParent();
    }
}
