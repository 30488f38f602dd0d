using Cooperation.Grains.Reports;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Words;

namespace Cooperation.GraphQL.Reports;

/// <summary>A rapport d'avancement of one partnership for one period.</summary>
public sealed class ReportType : ObjectGraphType<Report>
{
    public ReportType()
    {
        Name = ReportLookup.TypeName;
        Interface<Schema.Relay.NodeInterface>();
        IsTypeOf = value => value is Report;
        Description = "Rapport d'avancement d'un partenariat pour une période : rédigé par le Nord, pris en compte ou renvoyé par le Sud. / A partnership's progress report for one period: written by the North, acknowledged or returned by the South.";

        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => ReportLookup.GlobalIdOf(c.Source.Key));
        Field<NonNullGraphType<StringGraphType>>("key")
            .Description("Clé lisible « partenariat/début_fin ». / Readable key 'partnership/start_end'.").Resolve(c => c.Source.Key);
        this.AddPartnershipId(s => s.PartnershipSlug);
        Field<NonNullGraphType<DateOnlyGraphType>>("periodStart").Description("Début de la période. / Period start.").Resolve(c => c.Source.PeriodStart);
        Field<NonNullGraphType<DateOnlyGraphType>>("periodEnd").Description("Fin de la période. / Period end.").Resolve(c => c.Source.PeriodEnd);
        Field<NonNullGraphType<DateOnlyGraphType>>("dueOn")
            .Description($"Attendu pour le : fin de période + {ReportRules.GraceDays} jours. / Due on: period end + {ReportRules.GraceDays} days.")
            .Resolve(c => c.Source.DueOn);
        Field<NonNullGraphType<BooleanGraphType>>("overdue")
            .Description("En retard : échéance passée sans soumission (brouillon ou rapport renvoyé). / Overdue: due date passed with no submission (draft or returned report).")
            .Resolve(c => c.Source.Overdue);
        Field<NonNullGraphType<ReportStatusType>>("status").Resolve(c => c.Source.Status);
        Field<IntGraphType>("draftNumber")
            .Description("Numéro que prendra le brouillon ouvert à sa soumission ; nul sans brouillon. / Number the open draft will take when submitted; null without a draft.")
            .Resolve(c => c.Source.DraftNumber);
        Field<NonNullGraphType<IntGraphType>>("submittedVersions")
            .Description("Nombre de versions soumises. / Number of submitted versions.").Resolve(c => c.Source.SubmittedVersions);
        this.AddContentFields(r => r.Content, r => r.PartnershipSlug);
        Field<ReportReviewType>("latestReview")
            .Description("Dernière réponse du Sud (commentaires compris). / The South side's latest answer (with comments).")
            .Resolve(c => c.Source.LatestReview);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportVersionType>>>>("versions")
            .Description("Versions soumises, de la première à la dernière ; aucune ne change après soumission. / Submitted versions, first to last; none changes after submission.")
            .ResolveAsync(async c => (await Grain(c).GetVersionsAsync(c.Actor())).Select(v => new ReportVersionNode(c.Source.PartnershipSlug, v)));
        Field<NonNullGraphType<ReportVersionType>>("version")
            .Description("Une version soumise par son numéro (1, 2…). / One submitted version by number (1, 2…).")
            .Argument<NonNullGraphType<IntGraphType>>("number")
            .ResolveAsync(async c => new ReportVersionNode(c.Source.PartnershipSlug, await Grain(c).GetVersionAsync(c.Actor(), c.GetArgument<int>("number"))));
        this.AddHistoryField((c, page) => Grain(c).GetHistoryPageAsync(c.Actor(), page));

        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        this.AddLastChange(s => s.UpdatedAt);
        Field<NonNullGraphType<LongGraphType>>("revision")
            .Description("Révision du rapport, à renvoyer dans expectedRevision pour détecter une modification concurrente. / Send it back as expectedRevision to detect a concurrent edit.")
            .Resolve(c => c.Source.Revision);
        this.FieldsGuardedByParent();
    }

    private static IReportGrain Grain(IResolveFieldContext<Report> c) => c.Grains().GetGrain<IReportGrain>(c.Source.Key);
}

/// <summary>A frozen version with the partnership it belongs to, which milestone ids need.</summary>
public sealed record ReportVersionNode(string PartnershipSlug, ReportVersion Version);

/// <summary>One submitted, frozen version of a report.</summary>
public sealed class ReportVersionType : ObjectGraphType<ReportVersionNode>
{
    public ReportVersionType()
    {
        Name = "ReportVersion";
        Description = "Version soumise d'un rapport, figée à la soumission. / A submitted report version, frozen at submission.";
        Field<NonNullGraphType<IntGraphType>>("number").Description("Numéro (1, 2…). / Number.").Resolve(c => c.Source.Version.Number);
        this.AddContentFields(v => v.Version.Content, v => v.PartnershipSlug);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("submittedAt").Resolve(c => c.Source.Version.SubmittedAt);
        Field<NonNullGraphType<StringGraphType>>("submittedBy").Description("Qui l'a soumise. / Who submitted it.").Resolve(c => c.Source.Version.SubmittedBy);
        Field<ReportReviewType>("review").Description("Réponse du Sud ; nulle tant qu'elle attend. / The South side's answer; null while waiting.")
            .Resolve(c => c.Source.Version.Review);
        this.FieldsGuardedByParent();
    }
}
