using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Cooperation.Grains.Partnerships;

namespace Cooperation.Grains.Missions;

/// <summary>
/// The input rules of a mission de terrain and of its key, checked before anything changes so that a refusal leaves
/// the mission as it was.
/// </summary>
/// <remarks>
/// Key: <c>"{slug}/{localId}"</c> where the local id is the first 12 hexadecimal digits of SHA-256 of
/// <c>"{slug}:{clientMutationId of planMission}"</c>. A device that sends the same plan twice (a retry, a replay
/// after a dropped answer, two tabs) reaches the same grain, which answers the repeat with the first result; no
/// partnership-wide counter is needed and no grain is ever activated for a string the server did not build.
/// </remarks>
public static partial class MissionRules
{
    public const int LocalIdLength = 12;
    public const int MaxTitleLength = 160;
    public const int MaxDays = 366;
    public const int MaxTravellers = 30;
    public const int MaxNameLength = 120;
    public const int MaxOrganisationLength = 200;
    public const int MaxPlaces = 20;
    public const int MaxPlaceLength = 120;
    public const int MaxObjectives = 20;
    public const int MaxObjectiveLength = 500;
    public const int MaxAgendaDays = 100;
    public const int MaxAgendaTextLength = 1000;
    public const int MaxMilestones = 20;
    public const int MaxSectionLength = 8000;
    public const int MaxCommentLength = 2000;
    public const int MaxComments = 500;

    /// <summary>The key of the mission a <c>planMission</c> with this client mutation id creates in this partnership.</summary>
    public static string KeyFor(string slug, string clientMutationId)
    {
        if (!PartnershipRules.IsValidSlug(slug))
            throw MissionErrors.InvalidKey($"{slug}/…");
        var id = ClientMutationIds.Checked(clientMutationId);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{slug}:{id}"));
        return $"{slug}/{Convert.ToHexStringLower(hash)[..LocalIdLength]}";
    }

    /// <summary>The partnership and local id a key names; refuses anything <see cref="KeyFor"/> would not build.</summary>
    public static (string Slug, string LocalId) ParseKey(string? key)
    {
        if (key is null || KeyPattern().Match(key) is not { Success: true } match || !PartnershipRules.IsValidSlug(match.Groups["slug"].Value))
            throw MissionErrors.InvalidKey(key ?? "");
        return (match.Groups["slug"].Value, match.Groups["id"].Value);
    }

    /// <summary>Whether a key is well formed (for the API, before it asks for a grain).</summary>
    public static bool IsValidKey(string? key) =>
        key is not null && KeyPattern().Match(key) is { Success: true } match && PartnershipRules.IsValidSlug(match.Groups["slug"].Value);

    /// <summary>Checks a whole plan and returns it cleaned (trimmed, agenda by date).</summary>
    public static MissionPlan Plan(MissionPlan plan)
    {
        var title = Title(plan.Title);
        Dates(plan.StartOn, plan.EndOn);
        return new MissionPlan(
            title, plan.StartOn, plan.EndOn, Travellers(plan.Travellers), Places(plan.Places), Objectives(plan.Objectives),
            Agenda(plan.Agenda, plan.StartOn, plan.EndOn), MilestoneIds(plan.MilestoneIds));
    }

    public static string Title(string? title)
    {
        var trimmed = title?.Trim() ?? "";
        if (trimmed.Length == 0)
            throw MissionErrors.Invalid("L'intitulé de la mission est obligatoire.", "The mission title is required.");
        if (trimmed.Length > MaxTitleLength)
            throw MissionErrors.Invalid(
                $"L'intitulé de la mission dépasse {MaxTitleLength} caractères ({trimmed.Length}).",
                $"The mission title is longer than {MaxTitleLength} characters ({trimmed.Length}).");
        return trimmed;
    }

    public static void Dates(DateOnly startOn, DateOnly endOn)
    {
        foreach (var date in new[] { startOn, endOn })
        {
            if (date < MilestoneRules.EarliestDate || date > MilestoneRules.LatestDate)
                throw MissionErrors.Invalid(
                    $"La date {date:yyyy-MM-dd} est hors de la période admise ({MilestoneRules.EarliestDate:yyyy} – {MilestoneRules.LatestDate:yyyy}).",
                    $"Date {date:yyyy-MM-dd} is outside the accepted range ({MilestoneRules.EarliestDate:yyyy}–{MilestoneRules.LatestDate:yyyy}).");
        }
        if (endOn < startOn)
            throw MissionErrors.Invalid(
                $"La fin de la mission ({endOn:yyyy-MM-dd}) précède son début ({startOn:yyyy-MM-dd}).",
                $"The mission ends ({endOn:yyyy-MM-dd}) before it starts ({startOn:yyyy-MM-dd}).");
        if (endOn.DayNumber - startOn.DayNumber + 1 > MaxDays)
            throw MissionErrors.Invalid(
                $"Une mission de terrain dure au plus {MaxDays} jours ({startOn:yyyy-MM-dd} → {endOn:yyyy-MM-dd} est trop long).",
                $"A field mission lasts at most {MaxDays} days ({startOn:yyyy-MM-dd} → {endOn:yyyy-MM-dd} is too long).");
    }

    public static IReadOnlyList<MissionTraveller> Travellers(IReadOnlyList<MissionTraveller>? travellers)
    {
        travellers ??= [];
        if (travellers.Count == 0)
            throw MissionErrors.Invalid(
                "Une mission compte au moins un membre (nom et organisme).",
                "A mission has at least one traveller (name and organisation).");
        if (travellers.Count > MaxTravellers)
            throw MissionErrors.Invalid(
                $"Une mission compte au plus {MaxTravellers} membres ({travellers.Count}).",
                $"A mission has at most {MaxTravellers} travellers ({travellers.Count}).");
        return [.. travellers.Select((t, i) => new MissionTraveller(
            Text(t.Name, MaxNameLength, $"Membre n° {i + 1} : le nom", $"Traveller #{i + 1}: the name"),
            Text(t.Organisation, MaxOrganisationLength, $"Membre n° {i + 1} : l'organisme", $"Traveller #{i + 1}: the organisation")))];
    }

    public static IReadOnlyList<MissionPlace> Places(IReadOnlyList<MissionPlace>? places)
    {
        places ??= [];
        if (places.Count == 0)
            throw MissionErrors.Invalid("Indiquez au moins un lieu de mission (ville et pays).", "Give at least one mission place (town and country).");
        if (places.Count > MaxPlaces)
            throw MissionErrors.Invalid(
                $"Une mission compte au plus {MaxPlaces} lieux ({places.Count}).",
                $"A mission has at most {MaxPlaces} places ({places.Count}).");
        return [.. places.Select((p, i) => new MissionPlace(
            Text(p.Town, MaxPlaceLength, $"Lieu n° {i + 1} : la ville", $"Place #{i + 1}: the town"),
            Text(p.Country, MaxPlaceLength, $"Lieu n° {i + 1} : le pays", $"Place #{i + 1}: the country")))];
    }

    public static IReadOnlyList<string> Objectives(IReadOnlyList<string>? objectives)
    {
        objectives ??= [];
        if (objectives.Count > MaxObjectives)
            throw MissionErrors.Invalid(
                $"Une mission compte au plus {MaxObjectives} objectifs ({objectives.Count}).",
                $"A mission has at most {MaxObjectives} objectives ({objectives.Count}).");
        return [.. objectives.Select((o, i) => Text(o, MaxObjectiveLength, $"L'objectif n° {i + 1}", $"Objective #{i + 1}"))];
    }

    /// <summary>Each day must fall within the mission's dates; the agenda comes back in date order.</summary>
    public static IReadOnlyList<MissionAgendaDay> Agenda(IReadOnlyList<MissionAgendaDay>? agenda, DateOnly startOn, DateOnly endOn)
    {
        agenda ??= [];
        if (agenda.Count > MaxAgendaDays)
            throw MissionErrors.Invalid(
                $"Le programme compte au plus {MaxAgendaDays} entrées ({agenda.Count}).",
                $"The agenda has at most {MaxAgendaDays} entries ({agenda.Count}).");
        foreach (var day in agenda)
        {
            if (day.Date < startOn || day.Date > endOn)
                throw MissionErrors.Invalid(
                    $"Le programme prévoit le {day.Date:yyyy-MM-dd}, hors des dates de la mission ({startOn:yyyy-MM-dd} → {endOn:yyyy-MM-dd}).",
                    $"The agenda has an entry on {day.Date:yyyy-MM-dd}, outside the mission dates ({startOn:yyyy-MM-dd} → {endOn:yyyy-MM-dd}).");
        }
        return [.. agenda
            .Select(d => new MissionAgendaDay(d.Date, Text(d.Text, MaxAgendaTextLength, $"Le programme du {d.Date:yyyy-MM-dd}", $"The agenda of {d.Date:yyyy-MM-dd}")))
            .OrderBy(d => d.Date)];
    }

    public static IReadOnlyList<string> MilestoneIds(IReadOnlyList<string>? milestoneIds)
    {
        milestoneIds ??= [];
        if (milestoneIds.Count > MaxMilestones)
            throw MissionErrors.Invalid(
                $"Une mission se rattache à au plus {MaxMilestones} jalons ({milestoneIds.Count}).",
                $"A mission links to at most {MaxMilestones} milestones ({milestoneIds.Count}).");
        return [.. milestoneIds.Select(m => m?.Trim() ?? "").Distinct(StringComparer.Ordinal)];
    }

    public static MissionReportContent Report(MissionReportContent content)
    {
        var result = new MissionReportContent(
            Section(content.WhatWasDone, "La section « Ce qui a été fait »", "The 'What was done' section"),
            Section(content.Findings, "La section « Constats »", "The 'Findings' section"),
            Section(content.FollowUp, "La section « Suites à donner »", "The 'Follow-up' section"));
        if (result.WhatWasDone.Length + result.Findings.Length + result.FollowUp.Length == 0)
            throw MissionErrors.Invalid(
                "Un compte rendu vide ne peut pas être déposé : remplissez au moins une section.",
                "An empty report cannot be filed: fill in at least one section.");
        return result;
    }

    public static string Comment(string? text) =>
        Text(text, MaxCommentLength, "Le commentaire", "The comment");

    private static string Section(string? text, string whatFr, string whatEn)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length > MaxSectionLength)
            throw MissionErrors.Invalid(
                $"{whatFr} dépasse {MaxSectionLength} caractères ({trimmed.Length}).",
                $"{whatEn} is longer than {MaxSectionLength} characters ({trimmed.Length}).");
        return trimmed;
    }

    /// <summary>A required text: trimmed, not empty, not too long.</summary>
    private static string Text(string? value, int maxLength, string whatFr, string whatEn)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
            throw MissionErrors.Invalid($"{whatFr} est obligatoire.", $"{whatEn} is required.");
        if (trimmed.Length > maxLength)
            throw MissionErrors.Invalid(
                $"{whatFr} dépasse {maxLength} caractères ({trimmed.Length}).",
                $"{whatEn} is longer than {maxLength} characters ({trimmed.Length}).");
        return trimmed;
    }

    [GeneratedRegex("^(?<slug>[a-z0-9-]{1,64})/(?<id>[0-9a-f]{12})$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
