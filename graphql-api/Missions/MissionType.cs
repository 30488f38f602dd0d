using Cooperation.Grains.Missions;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Words;

namespace Cooperation.GraphQL.Missions;

/// <summary>A mission de terrain of a partnership.</summary>
public sealed class MissionType : ObjectGraphType<Mission>
{
    public MissionType()
    {
        Name = MissionLookup.TypeName;
        Interface<Schema.Relay.NodeInterface>();
        IsTypeOf = value => value is Mission;
        Description = "Mission de terrain d'un partenariat : planifiée et conduite par le Nord, commentée par le Sud, avec un compte rendu versionné. / A partnership's field mission: planned and run by the North, commented on by the South, with a versioned report.";

        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => MissionLookup.GlobalIdOf(c.Source.Key));
        this.AddPartnershipId(s => s.PartnershipSlug);
        Field<NonNullGraphType<StringGraphType>>("title").Description("Intitulé. / Title.").Resolve(c => c.Source.Plan.Title);
        Field<NonNullGraphType<DateOnlyGraphType>>("startOn").Description("Premier jour. / First day.").Resolve(c => c.Source.Plan.StartOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("endOn").Description("Dernier jour. / Last day.").Resolve(c => c.Source.Plan.EndOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MissionTravellerType>>>>("travellers")
            .Description("Membres de la mission. / Travellers.").Resolve(c => c.Source.Plan.Travellers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MissionPlaceType>>>>("places")
            .Description("Lieux. / Places.").Resolve(c => c.Source.Plan.Places);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("objectives")
            .Description("Objectifs. / Objectives.").Resolve(c => c.Source.Plan.Objectives);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MissionAgendaDayType>>>>("agenda")
            .Description("Programme, jour par jour. / Day-by-day agenda.").Resolve(c => c.Source.Plan.Agenda);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("milestoneIds")
            .Description("Jalons du partenariat servis par la mission (identifiants globaux). / The partnership's milestones the mission serves (global ids).")
            .Resolve(c => MissionLookup.MilestoneGlobalIds(c.Source));
        Field<NonNullGraphType<MissionStatusType>>("status").Resolve(c => c.Source.Status);
        Field<StringGraphType>("cancellationReason").Description("Raison de l'annulation. / Why it was cancelled.").Resolve(c => c.Source.CancellationReason);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MissionCommentType>>>>("comments")
            .Description("Commentaires, du plus ancien au plus récent. / Comments, oldest first.").Resolve(c => c.Source.Comments);
        Field<MissionReportVersionType>("report")
            .Description("Dernière version du compte rendu ; nulle avant le premier dépôt. / Latest report version; null before the first filing.")
            .Resolve(c => c.Source.LatestReport);
        Field<NonNullGraphType<IntGraphType>>("reportVersionCount")
            .Description("Nombre de versions déposées du compte rendu. / Number of filed report versions.").Resolve(c => c.Source.ReportVersions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MissionReportVersionType>>>>("reportVersions")
            .Description("Toutes les versions du compte rendu, de la première à la dernière ; aucune ne change. / Every report version, first to last; none changes.")
            .ResolveAsync(async c => await Grain(c).GetReportVersionsAsync(c.Actor()));
        Field<NonNullGraphType<MissionReportVersionType>>("reportVersion")
            .Description("Une version du compte rendu par son numéro (1, 2…). / One report version by number (1, 2…).")
            .Argument<NonNullGraphType<IntGraphType>>("number")
            .ResolveAsync(async c => await Grain(c).GetReportVersionAsync(c.Actor(), c.GetArgument<int>("number")));
        this.AddHistoryField((c, page) => Grain(c).GetHistoryPageAsync(c.Actor(), page));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        this.AddLastChange(s => s.UpdatedAt);
        Field<NonNullGraphType<LongGraphType>>("version")
            .Description("Version, à renvoyer dans expectedVersion pour détecter une modification concurrente. / Send it back as expectedVersion to detect a concurrent edit.")
            .Resolve(c => c.Source.Version);
        this.FieldsGuardedByParent();
    }

    private static IMissionGrain Grain(IResolveFieldContext<Mission> c) => c.Grains().GetGrain<IMissionGrain>(c.Source.Key);
}
