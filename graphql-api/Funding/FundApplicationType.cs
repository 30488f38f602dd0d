using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Funding.Calls;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Relay;

namespace Cooperation.GraphQL.Funding;

/// <summary>
/// A dossier de candidature as its reader may see it: the grain filters the reviews and the score; the resolvers here
/// withhold the applicant's identity (partnership, authority, people, piece names, co-funders) from a blind reviewer.
/// </summary>
public sealed class FundApplicationType : ObjectGraphType<FundApplication>
{
    public FundApplicationType()
    {
        Name = FundLookup.ApplicationTypeName;
        Description = "Dossier de candidature d'un partenariat à un appel du Fonds de Solidarité Numérique. / A partnership's application to a call of the Digital Solidarity Fund.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => FundLookup.ApplicationIdOf(c.Source.Key));
        Field<NonNullGraphType<IntGraphType>>("number")
            .Description("Numéro du dossier dans l'appel (« dossier n° 2 ») ; ne dit pas qui candidate. / The file's number in the call; says nothing of who applies.")
            .Resolve(c => c.Source.Number);
        Field<NonNullGraphType<FundCallType>>("call")
            .ResolveAsync(async c => await c.Grains().GetGrain<IFundCallGrain>(c.Source.CallCode).FindAsync());
        Field<NonNullGraphType<ApplicationStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("blind")
            .Description("Vous lisez ce dossier à l'aveugle : l'identité du candidat est masquée. / You read this file blind: the applicant's identity is withheld.")
            .Resolve(c => c.Source.Viewer.Blind);

        // Identity: withheld from a blind reader.
        Field<IdGraphType>("partnershipId")
            .Description("Partenariat candidat ; nul à l'aveugle. / Applicant partnership; null when blind.")
            .Resolve(c => c.Source.Viewer.Blind ? null : PartnershipLookup.GlobalIdOf(c.Source.PartnershipSlug));
        Field<PartnershipType>("partnership")
            .Description("Partenariat candidat ; nul à l'aveugle. / Applicant partnership; null when blind.")
            .ResolveAsync(async c => c.Source.Viewer.Blind ? null : await PartnershipLookup.RequireAsync(c.Grains(), c.Source.PartnershipSlug));
        Field<StringGraphType>("applicant")
            .Description("Collectivité française porteuse ; nulle à l'aveugle. / The French authority that applies; null when blind.")
            .ResolveAsync(async c => c.Source.Viewer.Blind ? null : (await PartnershipLookup.RequireAsync(c.Grains(), c.Source.PartnershipSlug)).North.Name);

        this.AddApplicationContentFields(a => a.Content, a => a.Viewer.Blind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChecklistItemType>>>>("checklist")
            .WithComplexityImpact(1, FundComplexity.ChecklistPerApplication)
            .Description("Liste de contrôle du brouillon : pièces exigées, montants cohérents. Tout doit être satisfait pour déposer. / The draft's checklist: required pieces, consistent amounts. All must hold to file.")
            .Resolve(c => c.Source.Checklist);
        Field<NonNullGraphType<BooleanGraphType>>("ready")
            .Description("La liste de contrôle est complète : le dossier peut être déposé. / The checklist is complete: the file may be filed.")
            .Resolve(c => c.Source.IsReady);
        Field<IntGraphType>("draftNumber")
            .Description("Numéro que prendra le brouillon ouvert ; nul sans brouillon. / Number the open draft will take; null without a draft.")
            .Resolve(c => c.Source.DraftNumber);
        Field<NonNullGraphType<IntGraphType>>("submittedVersions").Resolve(c => c.Source.SubmittedVersions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApplicationVersionType>>>>("versions")
            .WithComplexityImpact(1, FundComplexity.VersionsPerApplication)
            .Description("Versions déposées, figées. / Filed, frozen versions.")
            .ResolveAsync(async c => (await Grain(c).GetVersionsAsync(c.Actor())).Select(v => new ApplicationVersionNode(v, c.Source.Viewer.Blind)));
        Field<NonNullGraphType<ApplicationVersionType>>("version")
            .Description("Une version déposée par son numéro. / One filed version by number.")
            .Argument<NonNullGraphType<IntGraphType>>("number")
            .ResolveAsync(async c => new ApplicationVersionNode(await Grain(c).GetVersionAsync(c.Actor(), c.GetArgument<int>("number")), c.Source.Viewer.Blind));
        Field<ApplicationReturnType>("latestReturn")
            .Description("Dernier renvoi pour compléments, avec son motif. / The latest return for completion, with its reason.")
            .Resolve(c => c.Source.LatestReturn);
        Field<FundDecisionType>("decision").Description("Décision des gestionnaires. / The managers' decision.").Resolve(c => c.Source.Decision);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportingDutyType>>>>("reportingDuties")
            .WithComplexityImpact(1, FundComplexity.ReportsPerGrant)
            .Description("Rapports d'avancement attendus au titre de la subvention (période de la subvention) ; gestionnaires et membres du partenariat. / Progress reports the grant expects (the grant's period); managers and the partnership's members.")
            .ResolveAsync(async c => c.Source.Viewer is { IsManager: false, IsMember: false }
                ? []
                : await Grain(c).GetReportingDutiesAsync(c.Actor()));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundReviewType>>>>("reviews")
            .WithComplexityImpact(1, FundComplexity.ReviewsPerApplication)
            .Description("Évaluations : toutes pour les gestionnaires, la sienne pour un instructeur, aucune pour le candidat. / Reviews: all for managers, their own for a reviewer, none for the applicant.")
            .ResolveAsync(async c =>
            {
                var call = await c.Grains().GetGrain<IFundCallGrain>(c.Source.CallCode).FindAsync();
                return c.Source.Reviews.Select(r => new FundReviewNode(r, call?.Criteria ?? [], c.Source.Viewer.Blind));
            });
        Field<DecimalGraphType>("score")
            .Description("Note pondérée sur 100 (moyenne des évaluations transmises) ; gestionnaires seulement. / Weighted score out of 100 (mean of submitted reviews); managers only.")
            .Resolve(c => c.Source.Score);
        this.AddNullableHistoryField(async (c, page) =>
                c.Source.Viewer is { IsManager: false, IsMember: false } ? null : await Grain(c).GetHistoryPageAsync(c.Actor(), page))
            .WithComplexityImpact(1, FundComplexity.HistoryPerApplication)
            .Description("Historique, du plus récent au plus ancien, par pages : complet pour les gestionnaires, le cycle du dossier pour le partenariat ; nul pour un instructeur. / History, newest first, a page at a time: complete for managers, the file's lifecycle for the partnership; null for a reviewer.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Resolve(c => c.Source.UpdatedAt);
        Field<NonNullGraphType<LongGraphType>>("revision")
            .Description("À renvoyer dans expectedRevision pour détecter une modification concurrente. / Send back as expectedRevision to detect a concurrent edit.")
            .Resolve(c => c.Source.Revision);
        this.FieldsGuardedByParent();
    }

    private static IFundApplicationGrain Grain(IResolveFieldContext<FundApplication> c) => c.Grains().GetGrain<IFundApplicationGrain>(c.Source.Key);
}

/// <summary>A filed version and whether its reader reads blind.</summary>
public sealed record ApplicationVersionNode(ApplicationVersion Version, bool Blind);

public sealed class ApplicationVersionType : ObjectGraphType<ApplicationVersionNode>
{
    public ApplicationVersionType()
    {
        Name = "FundApplicationVersion";
        Description = "Version déposée d'un dossier, figée au dépôt ; les citations des instructeurs pointent dans ses sections. / A filed version, frozen at filing; reviewers' citations point into its sections.";
        Field<NonNullGraphType<IntGraphType>>("number").Resolve(c => c.Source.Version.Number);
        this.AddApplicationContentFields(v => v.Version.Content, v => v.Blind);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("submittedAt").Resolve(c => c.Source.Version.SubmittedAt);
        Field<StringGraphType>("submittedBy").Description("Qui l'a déposée ; nul à l'aveugle. / Who filed it; null when blind.")
            .Resolve(c => c.Source.Blind ? null : c.Source.Version.SubmittedBy);
        this.FieldsGuardedByParent();
    }
}
