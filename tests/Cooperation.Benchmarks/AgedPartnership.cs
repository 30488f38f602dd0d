using System.Diagnostics;
using System.Text.Json.Nodes;
using Cooperation.FieldAgent;
using static Cooperation.Benchmarks.Budget;

namespace Cooperation.Benchmarks;

/// <summary>
/// Two seeded partnerships of the same size, each with its North staff member: one left as seeded ("new"), one aged to
/// 10,000 changes of milestone progress before B8 and B10 measure both alike.
/// </summary>
public sealed class AgedPartnership
{
    public const int Changes = 10_000;

    /// <summary>How long the ageing may take: when writes grow with the partnership it stops short, and says so.</summary>
    public static readonly TimeSpan AgeingBudget = TimeSpan.FromSeconds(150);

    private const int Phones = 4;
    private const int ActionsPerSync = 25;

    private AgedPartnership(string slug, string email) => (Slug, Email) = (slug, email);

    public static AgedPartnership New { get; } = new("cerenum", "claire.martin@lehavre.example");

    public static AgedPartnership Aged { get; } = new("libriciels-figuig", "nadia.benali@seinesaintdenis.example");

    public string Slug { get; }

    public string Email { get; }

    /// <summary>The partnership's revision: one more for every change it ever recorded.</summary>
    public static async Task<long> RevisionAsync(Member member, string slug) =>
        (await member.QueryAsync("Partnership", new JsonObject { ["id"] = slug }))["partnership"]!["revision"]!.GetValue<long>();

    /// <summary>Plans a milestone of this run as the partnership's North staff member; returns its global id.</summary>
    public static async Task<string> PlanMilestoneAsync(Member member, string slug, string title)
    {
        var data = await member.MutateAsync("PlanMilestone", new JsonObject
        {
            ["input"] = new JsonObject
            {
                ["clientMutationId"] = $"bench-plan-{Guid.NewGuid():N}",
                ["partnershipId"] = slug,
                ["title"] = title,
                ["side"] = "NORTH",
                ["dueOn"] = "2027-12-31",
            },
        });
        return data["planMilestone"]!["milestone"]!["id"]!.GetValue<string>();
    }

    /// <summary>One change of a milestone's progress, as the web client sends it.</summary>
    public static JsonObject Progress(string milestoneId, int step) => new()
    {
        ["clientMutationId"] = $"bench-progress-{Guid.NewGuid():N}",
        ["milestoneId"] = milestoneId,
        // 1…99 in turn: never the value it already has, never 100 (which would leave nothing to change).
        ["progress"] = step % 99 + 1,
    };

    /// <summary>
    /// Ages <see cref="Aged"/> to <see cref="Changes"/> changes: four phones, each on a milestone of its own, send syncs of
    /// 25 progress changes, until the partnership's revision says enough or <see cref="AgeingBudget"/> is spent.
    /// </summary>
    public static async Task AgeAsync(BenchHost host)
    {
        using var member = await host.MemberAsync(Aged.Email);
        var start = await RevisionAsync(member, Aged.Slug);
        var watch = Stopwatch.StartNew();
        var remaining = Changes - start;
        var phones = await Task.WhenAll(Enumerable.Range(1, Phones).Select(async phone =>
        {
            var milestone = await PlanMilestoneAsync(member, Aged.Slug, $"Suivi du banc {phone}");
            var (client, http) = await host.DirectAsync(Aged.Email, new FieldAgentOptions());
            return (Milestone: milestone, Client: client, Http: http);
        }));
        remaining -= Phones;
        var sent = 0L;
        await Task.WhenAll(phones.Select(async phone =>
        {
            var step = 0;
            while (watch.Elapsed < AgeingBudget && Interlocked.Add(ref sent, ActionsPerSync) - ActionsPerSync < remaining)
            {
                for (var i = 0; i < ActionsPerSync; i++)
                    phone.Client.Queue("recordMilestoneProgress", Progress(phone.Milestone, step++));
                var answer = await phone.Client.SyncAsync(Aged.Slug);
                if (answer.Refused > 0)
                    throw new FieldAgentException($"Ageing refused a change: {answer.Results.ToJsonString()}");
            }
            phone.Http.Dispose();
        }));
        var reached = await RevisionAsync(member, Aged.Slug);
        Console.WriteLine($"  {Aged.Slug} aged from revision {start:N0} to {reached:N0} in {Seconds(watch.Elapsed)} ({Phones} phones, syncs of {ActionsPerSync} progress changes)" +
            (reached >= Changes ? "" : $"; stopped after {Seconds(AgeingBudget)}, short of {Changes:N0}: the figures below are for revision {reached:N0}"));
    }
}
