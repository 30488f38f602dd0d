using System.Diagnostics.Metrics;
using Cooperation.Silo.Diagnostics;

namespace Cooperation.GraphQL.Tests.Dashboards;

/// <summary>The dashboard: every partnership one oversees on one screen, and only those.</summary>
[Collection(ApiCollection.Name)]
public sealed class DashboardApiTests(ApiFixture api)
{
    private const string Dashboard = """
        {
          dashboard {
            today
            partnerships {
              partnership { slug name }
              milestones { total completed late averageProgress }
              reports { dueSoon overdue awaitingReview nextDueOn }
              deliveries { shipments items received damaged missing discrepancies { shipmentKey title damaged missing disputed } }
              indicators { code points { periodEnd actual } }
              money { year committed received spent }
            }
          }
        }
        """;

    private static readonly string[] Seeded = ["cerenum", "sig-guediawaye", "e-administration-plateau", "libriciels-figuig", "seneclic"];

    private async Task<JsonObject> AskAsync(string email)
    {
        var (_, body) = await api.Http.PostGraphQLAsync(Dashboard, null, await api.TokenAsync(email));
        return body;
    }

    private static List<JsonNode> Boards(JsonObject body) =>
        [.. (body["data"]?["dashboard"]?["partnerships"]?.AsArray() ?? throw new InvalidOperationException(body.ToJsonString())).Select(b => b!)];

    private static string SlugOf(JsonNode board) => board["partnership"]!["slug"]!.GetValue<string>();

    /// <summary>Isabelle, the fund's manager, sees the five seeded partnerships, each with its money and Sénéclic's broken screen and missing laptop.</summary>
    [Fact]
    public async Task FundManager_SeesTheFivePartnerships()
    {
        var boards = Boards(await AskAsync(People.FundManager));

        Assert.Subset(boards.Select(SlugOf).ToHashSet(), Seeded.ToHashSet());
        Assert.All(boards.Where(b => Seeded.Contains(SlugOf(b))), b => Assert.NotEmpty(b["money"]!.AsArray()));
        var seneclic = boards.Single(b => SlugOf(b) == "seneclic");
        var spring = seneclic["deliveries"]!["discrepancies"]!.AsArray()
            .Single(d => d!["title"]!.GetValue<string>() == "Envoi de printemps 2026 — salles multimédia de Ngor et Ouakam")!;
        Assert.True(spring["damaged"]!.GetValue<int>() >= 1 && spring["missing"]!.GetValue<int>() >= 1, spring.ToJsonString());
        Assert.Contains(boards, b => b["indicators"]!.AsArray().Count > 0);
    }

    /// <summary>Julien, of Castres-Mazamet, sees his partnership with Guédiawaye, and not Besançon's.</summary>
    [Fact]
    public async Task NorthStaff_SeesOwnPartnershipsOnly()
    {
        var slugs = Boards(await AskAsync(People.CastresNorth)).Select(SlugOf).ToList();

        Assert.Contains("sig-guediawaye", slugs);
        Assert.DoesNotContain("seneclic", slugs);
    }

    [Fact]
    public async Task SouthAgentOrResearcher_Refused()
    {
        Assert.Equal("FORBIDDEN", (await AskAsync(People.GuediawayeSouth)).ErrorCode());
        Assert.Equal("FORBIDDEN", (await AskAsync(People.Researcher)).ErrorCode());
    }

    /// <summary>
    /// Opened again with nothing changed, the dashboard costs the directory and, for each partnership, its dashboard and
    /// one read of its feed: no report, shipment or ledger is read again, and nothing is written.
    /// </summary>
    [Fact]
    public async Task Reopened_Unchanged_NoEntityReadAgain()
    {
        using var costs = new CostRecorder(api.Services.GetRequiredService<IMeterFactory>());
        var shown = Boards(await AskAsync(People.FundManager)).Count;
        await costs.SettleAsync(cancellationToken: TestContext.Current.CancellationToken);
        costs.Reset();

        Assert.Equal(shown, Boards(await AskAsync(People.FundManager)).Count);
        await costs.SettleAsync(cancellationToken: TestContext.Current.CancellationToken);

        var counted = costs.Snapshot();
        Assert.Multiple(
            () => Assert.Equal(1 + 2 * shown, counted.GrainCalls),
            () => Assert.Equal(0, counted.StateWrites));
        Assert.DoesNotContain("Report", counted.DescribeGrainCalls());
    }
}
