using Cooperation.Grains.Missions;

namespace Cooperation.GraphQL.Missions;

public sealed class MissionTravellerInputType : InputObjectGraphType<MissionTravellerInput>
{
    public MissionTravellerInputType()
    {
        Name = "MissionTravellerInput";
        Description = "Membre de la mission. / Mission traveller.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Nom. / Name.");
        Field<NonNullGraphType<StringGraphType>>("organisation").Description("Organisme. / Organisation.");
    }
}

public sealed class MissionPlaceInputType : InputObjectGraphType<MissionPlaceInput>
{
    public MissionPlaceInputType()
    {
        Name = "MissionPlaceInput";
        Description = "Lieu de la mission. / Mission place.";
        Field<NonNullGraphType<StringGraphType>>("town").Description("Ville. / Town.");
        Field<NonNullGraphType<StringGraphType>>("country").Description("Pays. / Country.");
    }
}

public sealed class MissionAgendaDayInputType : InputObjectGraphType<MissionAgendaDayInput>
{
    public MissionAgendaDayInputType()
    {
        Name = "MissionAgendaDayInput";
        Description = "Journée du programme, dans les dates de la mission. / Agenda day, within the mission dates.";
        Field<NonNullGraphType<DateOnlyGraphType>>("date");
        Field<NonNullGraphType<StringGraphType>>("text").Description($"Programme du jour, {MissionRules.MaxAgendaTextLength} caractères au plus. / What is planned that day.");
    }
}

/// <summary>The field every mission input starts with.</summary>
internal static class MissionInputFields
{
    public static void AddClientMutationId<T>(this InputObjectGraphType<T> type) =>
        type.Field<NonNullGraphType<StringGraphType>>("clientMutationId")
            .Description("Identifiant choisi par le client ; le renvoyer rejoue la première réponse sans rien changer. / Client-chosen id; sending it again returns the first answer and changes nothing.");

    public static void AddMissionId<T>(this InputObjectGraphType<T> type) =>
        type.Field<NonNullGraphType<IdGraphType>>("missionId").Description("Identifiant global de la mission. / Mission global id.");
}

public sealed class PlanMissionInputType : InputObjectGraphType<PlanMissionInput>
{
    public PlanMissionInputType()
    {
        Name = "PlanMissionInput";
        Description = "Planifier une mission de terrain (Nord). / Plan a field mission (North).";
        this.AddClientMutationId();
        Field<NonNullGraphType<IdGraphType>>("partnershipId").Description("Partenariat (identifiant global ou lisible). / Partnership (global or readable id).");
        Field<NonNullGraphType<StringGraphType>>("title").Description($"Intitulé, {MissionRules.MaxTitleLength} caractères au plus. / Title.");
        Field<NonNullGraphType<DateOnlyGraphType>>("startOn").Description("Premier jour. / First day.");
        Field<NonNullGraphType<DateOnlyGraphType>>("endOn").Description("Dernier jour, pas avant le premier. / Last day, not before the first.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MissionTravellerInputType>>>>("travellers").Description("Au moins un membre. / At least one traveller.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MissionPlaceInputType>>>>("places").Description("Au moins un lieu. / At least one place.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("objectives");
        Field<ListGraphType<NonNullGraphType<MissionAgendaDayInputType>>>("agenda");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("milestoneIds").Description("Jalons du partenariat (identifiants globaux). / The partnership's milestones (global ids).");
    }
}

public sealed class EditMissionInputType : InputObjectGraphType<EditMissionInput>
{
    public EditMissionInputType()
    {
        Name = "EditMissionInput";
        Description = "Modifier une mission planifiée (Nord) ; les parties omises restent inchangées, les listes sont remplacées entières. / Edit a planned mission (North); omitted parts stay, lists are replaced whole.";
        this.AddClientMutationId();
        this.AddMissionId();
        Field<LongGraphType>("expectedVersion").Description("Version affichée ; si la mission a changé depuis, CONFLICT. / Version shown; CONFLICT if the mission changed since.");
        Field<StringGraphType>("title");
        Field<DateOnlyGraphType>("startOn");
        Field<DateOnlyGraphType>("endOn");
        Field<ListGraphType<NonNullGraphType<MissionTravellerInputType>>>("travellers");
        Field<ListGraphType<NonNullGraphType<MissionPlaceInputType>>>("places");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("objectives");
        Field<ListGraphType<NonNullGraphType<MissionAgendaDayInputType>>>("agenda");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("milestoneIds");
    }
}

public sealed class StartMissionInputType : InputObjectGraphType<StartMissionInput>
{
    public StartMissionInputType()
    {
        Name = "StartMissionInput";
        Description = "Démarrer la mission (Nord) : planifiée → en cours. / Start the mission (North): planned → under way.";
        this.AddClientMutationId();
        this.AddMissionId();
        Field<LongGraphType>("expectedVersion");
    }
}

public sealed class FileMissionReportInputType : InputObjectGraphType<FileMissionReportInput>
{
    public FileMissionReportInputType()
    {
        Name = "FileMissionReportInput";
        Description = "Déposer une nouvelle version du compte rendu (Nord) ; les précédentes restent lisibles. / File a new report version (North); earlier ones stay readable.";
        this.AddClientMutationId();
        this.AddMissionId();
        var limit = $"{MissionRules.MaxSectionLength} caractères au plus. / At most {MissionRules.MaxSectionLength} characters.";
        Field<StringGraphType>("whatWasDone").Description($"Ce qui a été fait ; {limit}");
        Field<StringGraphType>("findings").Description($"Constats ; {limit}");
        Field<StringGraphType>("followUp").Description($"Suites à donner ; {limit}");
    }
}

public sealed class CancelMissionInputType : InputObjectGraphType<CancelMissionInput>
{
    public CancelMissionInputType()
    {
        Name = "CancelMissionInput";
        Description = "Annuler une mission planifiée, avec la raison (Nord). / Cancel a planned mission, with the reason (North).";
        this.AddClientMutationId();
        this.AddMissionId();
        Field<NonNullGraphType<StringGraphType>>("reason");
    }
}

public sealed class CommentOnMissionInputType : InputObjectGraphType<CommentOnMissionInput>
{
    public CommentOnMissionInputType()
    {
        Name = "CommentOnMissionInput";
        Description = "Commenter une mission (Sud). / Comment on a mission (South).";
        this.AddClientMutationId();
        this.AddMissionId();
        Field<NonNullGraphType<StringGraphType>>("text").Description($"{MissionRules.MaxCommentLength} caractères au plus. / At most {MissionRules.MaxCommentLength} characters.");
    }
}
