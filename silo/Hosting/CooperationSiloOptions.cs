namespace Cooperation.Silo.Hosting;

/// <summary>How the silo joins its cluster and what it loads at start; bound from <c>Cooperation:Silo</c>.</summary>
public sealed class CooperationSiloOptions
{
    public const string Section = "Cooperation:Silo";

    /// <summary>Shared by every silo and client of one deployment; never changes for the life of the data.</summary>
    public string ServiceId { get; set; } = "cooperation";

    /// <summary>One cluster of silos; a blue/green deployment uses a new one.</summary>
    public string ClusterId { get; set; } = "embedded";

    /// <summary>Silo-to-silo port (Orleans default 11111).</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port where external Orleans clients connect (Orleans default 30000).</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Load the five chapter-7 partnerships at start (idempotent).</summary>
    public bool SeedPartnerships { get; set; } = true;

    /// <summary>Also create the demo people (embedded default only: <c>./run</c> turns it on).</summary>
    public bool SeedDemoPeople { get; set; }

    /// <summary>
    /// After the start, once per deployment, ask the stored grains that may owe due work to watch it with a reminder
    /// (<see cref="Hosting.DueWorkCatchUp"/>). The tests' hosts, each on a store of its own made by this version, turn it
    /// off: nothing there predates reminders, and its calls would mix with the calls and writes those tests count.
    /// </summary>
    public bool CatchUpDueWork { get; set; } = true;

    /// <summary>The password every demo person gets; required when <see cref="SeedDemoPeople"/> is on.</summary>
    public string? DemoPassword { get; set; }

    /// <summary>
    /// The e-mail address of a new deployment's first administrator (<see cref="Seeding.FirstAdministratorTask"/>);
    /// empty: none is made.
    /// </summary>
    public string? FirstAdministrator { get; set; }

    /// <summary>Her first password, from the vault; required with <see cref="FirstAdministrator"/>.</summary>
    public string? FirstAdministratorPassword { get; set; }
}
