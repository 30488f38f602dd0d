using Cooperation.Grains.Missions;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Missions;

/// <summary>A member of a mission.</summary>
public sealed class MissionTravellerType : ObjectGraphType<MissionTraveller>
{
    public MissionTravellerType()
    {
        Name = "MissionTraveller";
        Description = "Membre de la mission : nom et organisme. / Mission traveller: name and organisation.";
        Field(t => t.Name).Description("Nom. / Name.");
        Field(t => t.Organisation).Description("Organisme. / Organisation.");
        this.FieldsGuardedByParent();
    }
}

/// <summary>A place of a mission.</summary>
public sealed class MissionPlaceType : ObjectGraphType<MissionPlace>
{
    public MissionPlaceType()
    {
        Name = "MissionPlace";
        Description = "Lieu de la mission : ville et pays. / Mission place: town and country.";
        Field(p => p.Town).Description("Ville. / Town.");
        Field(p => p.Country).Description("Pays. / Country.");
        this.FieldsGuardedByParent();
    }
}

/// <summary>One day of a mission's agenda.</summary>
public sealed class MissionAgendaDayType : ObjectGraphType<MissionAgendaDay>
{
    public MissionAgendaDayType()
    {
        Name = "MissionAgendaDay";
        Description = "Journée du programme, dans les dates de la mission. / Agenda day, within the mission dates.";
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Resolve(c => c.Source.Date);
        Field(d => d.Text).Description("Programme du jour. / What is planned that day.");
        this.FieldsGuardedByParent();
    }
}

/// <summary>A comment on a mission.</summary>
public sealed class MissionCommentType : ObjectGraphType<MissionComment>
{
    public MissionCommentType()
    {
        Name = "MissionComment";
        Description = "Commentaire d'un agent du Sud sur la mission. / A South agent's comment on the mission.";
        Field(c => c.Number).Description("Rang (1, 2…). / Rank.");
        Field(c => c.Author).Description("Auteur. / Author.");
        Field(c => c.At).Description("Date et heure (UTC). / When (UTC).");
        Field(c => c.Text).Description("Texte. / Text.");
        Field<StringGraphType>("clientMutationId")
            .Description("Identifiant client de l'action, pour son auteur ; nul pour les autres. / Client id of the action, for its author; null for others.")
            .Resolve(c => c.Source.By is { } by && c.Viewer().MadeIt(by) ? c.Source.ClientMutationId : null);
        this.FieldsGuardedByParent();
    }
}

/// <summary>One filed, immutable version of a mission's report.</summary>
public sealed class MissionReportVersionType : ObjectGraphType<MissionReportVersion>
{
    public MissionReportVersionType()
    {
        Name = "MissionReportVersion";
        Description = "Version déposée du compte rendu de mission ; elle ne change plus. / A filed version of the mission report; it never changes.";
        Field(v => v.Number).Description("Numéro (1, 2…). / Number.");
        Field<NonNullGraphType<StringGraphType>>("whatWasDone").Description("Ce qui a été fait. / What was done.").Resolve(c => c.Source.Content.WhatWasDone);
        Field<NonNullGraphType<StringGraphType>>("findings").Description("Constats. / Findings.").Resolve(c => c.Source.Content.Findings);
        Field<NonNullGraphType<StringGraphType>>("followUp").Description("Suites à donner. / Follow-up.").Resolve(c => c.Source.Content.FollowUp);
        Field(v => v.FiledAt).Description("Déposée le (UTC). / Filed at (UTC).");
        Field(v => v.FiledBy).Description("Déposée par. / Filed by.");
        this.FieldsGuardedByParent();
    }
}
