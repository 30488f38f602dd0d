using Cooperation.Grains.Money;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Reports;
using Cooperation.Grains.Shipments;

namespace Cooperation.GraphQL.Exports.Iati;

/// <summary>What one partnership's activity is written from, read from its grains with the reader's rights.</summary>
/// <param name="Milestones">In planning order.</param>
/// <param name="Shipments">Oldest first.</param>
/// <param name="Reports">By period, earliest first; only those with something written.</param>
/// <param name="Ledgers">The partnership's money, one ledger per year, earliest first.</param>
public sealed record IatiActivityFacts(
    Partnership Partnership,
    IReadOnlyList<Milestone> Milestones,
    IReadOnlyList<Shipment> Shipments,
    IReadOnlyList<Report> Reports,
    IReadOnlyList<Ledger> Ledgers);
