using Cooperation.Grains.Money;
using Cooperation.Grains.Money.Commands;
using Cooperation.Grains.Tests.Accounts;
using Cooperation.Grains.Tests.Common;
using Cooperation.Grains.Tests.Funding;
using Cooperation.Grains.Tests.Shipments;
using Cooperation.Grains.Funding.Reviews.Commands;
using Cooperation.Grains.Funding.Applications.Commands;
using Cooperation.Grains.Shipments;
using Cooperation.Grains.Shipments.Commands;

namespace Cooperation.Grains.Tests.Money;

[Collection(ClusterCollection.Name)]
public sealed class LedgerGrainTests(ClusterFixture cluster)
{
    private IGrainFactory Grains => cluster.Grains;

    private static Actor Staff => TestPartnerships.Staff;

    private static Actor South => TestPartnerships.SouthAgent;

    /// <summary>A disbursement in francs CFA is converted at the rate entered and counted in the totals by kind and funder.</summary>
    [Fact]
    public async Task RecordTransaction_Xof_ConvertedAtItsRateAndTotalled()
    {
        var ledger = TestLedgers.Of(Grains, await TestPartnerships.NewAsync(Grains));

        await ledger.AddBudgetLineAsync(new AddBudgetLine("line", Staff, TestLedgers.Line(15_000m)));
        var after = await ledger.RecordTransactionAsync(new RecordTransaction("pay", Staff, TestLedgers.Disbursement()));

        var paid = Assert.Single(after.Transactions);
        // 8 200 000 ÷ 655.957 = 12 500.8194… → 12 500.82 €
        Assert.Equal((8_200_000m, Currency.XOF, 655.957m, 12_500.82m), (paid.Amount, paid.Currency, paid.RatePerEuro, paid.EuroAmount));
        Assert.Equal((15_000m, 12_500.82m, 0m), (after.Totals.Budgeted, after.Totals.Disbursed, after.Totals.Committed));
        var besancon = Assert.Single(after.Totals.ByFunder);
        Assert.Equal((Funder.NorthAuthority, 15_000m, 12_500.82m), (besancon.Funder, besancon.Budgeted, besancon.Disbursed));
        Assert.Equal(1, after.Totals.ByKind.Single(k => k.Kind == TransactionKind.Disbursement).Count);
        Assert.Equal(2, after.Version);
    }

    /// <summary>Euros are rounded to the cent half away from zero: 10.05 MAD at 2 per euro is 5.03 €, not 5.02 €.</summary>
    [Fact]
    public async Task Conversion_HalfCent_RoundedAwayFromZero()
    {
        var ledger = TestLedgers.Of(Grains, await TestPartnerships.NewAsync(Grains));

        var after = await ledger.RecordTransactionAsync(new RecordTransaction("mad", Staff, TestLedgers.Disbursement(10.05m, Currency.MAD, 2m)));

        Assert.Equal(5.03m, after.Transactions[0].EuroAmount);
        Assert.Equal(5.03m, LedgerRules.Euros(10.05m, 2m));
        Assert.Equal(-5.03m, LedgerRules.Euros(-10.05m, 2m));
    }

    /// <summary>Each kind of bad input is refused with its own code, and the ledger stays as it was.</summary>
    [Theory]
    [InlineData("negative", LedgerErrors.NegativeAmount)]
    [InlineData("zero-rate", LedgerErrors.InvalidRate)]
    [InlineData("no-rate", LedgerErrors.InvalidRate)]
    [InlineData("currency", LedgerErrors.UnknownCurrency)]
    [InlineData("date", LedgerErrors.DateOutsideYear)]
    [InlineData("centimes-cfa", LedgerErrors.AmountTooPrecise)]
    [InlineData("zero", LedgerErrors.ZeroAmount)]
    public async Task RecordTransaction_BadInput_SpecificCodeNothingChanged(string what, string code)
    {
        var ledger = TestLedgers.Of(Grains, await TestPartnerships.NewAsync(Grains));
        await ledger.RecordTransactionAsync(new RecordTransaction("first", Staff, TestLedgers.FundsReceived()));
        var before = await ledger.GetAsync(Staff);
        var entry = what switch
        {
            "negative" => TestLedgers.Disbursement(-100m),
            "zero-rate" => TestLedgers.Disbursement(rate: 0m),
            "no-rate" => TestLedgers.Disbursement(rate: null),
            "currency" => TestLedgers.Disbursement() with { Currency = (Currency)42 },
            "date" => TestLedgers.Disbursement() with { Date = new DateOnly(2025, 12, 31) },
            "centimes-cfa" => TestLedgers.Disbursement(1_000.50m),
            _ => TestLedgers.Disbursement(0m),
        };

        var error = await Assert.ThrowsAsync<DomainException>(() => ledger.RecordTransactionAsync(new RecordTransaction("bad", Staff, entry)));

        Assert.Equal((DomainErrorCode.Validation, code), (error.Code, error.Reason));
        var after = await ledger.GetAsync(Staff);
        Assert.Equal((before.Version, 1), (after.Version, after.Transactions.Count));
    }

    /// <summary>A year outside 2000–2100 names no ledger; another co-financer must be named.</summary>
    [Fact]
    public async Task YearOutOfRangeAndUnnamedCoFinancer_Refused()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);

        var year = Assert.Throws<DomainException>(() => LedgerRules.KeyFor(partnership.GetPrimaryKeyString(), 1999));
        var grainYear = await Assert.ThrowsAsync<DomainException>(() =>
            Grains.GetGrain<ILedgerGrain>($"{partnership.GetPrimaryKeyString()}/2101").GetAsync(Staff));
        var unnamed = await Assert.ThrowsAsync<DomainException>(() => TestLedgers.Of(Grains, partnership)
            .AddBudgetLineAsync(new AddBudgetLine("line", Staff, TestLedgers.Line(funder: Funder.OtherCoFinancer))));

        Assert.Equal(LedgerErrors.YearOutOfRange, year.Reason);
        Assert.Equal(LedgerErrors.YearOutOfRange, grainYear.Reason);
        Assert.Equal(LedgerErrors.FunderNameRequired, unnamed.Reason);
        Assert.Empty((await TestLedgers.Of(Grains, partnership).GetAsync(Staff)).BudgetLines);
    }

    /// <summary>North staff write; the South and third partners read; outsiders learn nothing; the fund's managers read.</summary>
    [Fact]
    public async Task Access_NorthWritesMembersAndFundManagersRead()
    {
        var ledger = TestLedgers.Of(Grains, await TestPartnerships.NewAsync(Grains));
        await ledger.AddBudgetLineAsync(new AddBudgetLine("line", Staff, TestLedgers.Line()));
        var manager = await TestFunds.NewManagerAsync(Grains);

        var southWrites = await Assert.ThrowsAsync<DomainException>(() => ledger.AddBudgetLineAsync(new AddBudgetLine("south", South, TestLedgers.Line())));
        var researcherWrites = await Assert.ThrowsAsync<DomainException>(() =>
            ledger.RecordTransactionAsync(new RecordTransaction("third", TestPartnerships.Researcher, TestLedgers.FundsReceived())));
        var managerWrites = await Assert.ThrowsAsync<DomainException>(() => ledger.AddBudgetLineAsync(new AddBudgetLine("fund", manager, TestLedgers.Line())));
        var outsiderReads = await Assert.ThrowsAsync<DomainException>(() => ledger.GetAsync(TestPartnerships.Outsider));

        Assert.All([southWrites, researcherWrites, managerWrites, outsiderReads], e => Assert.Equal(DomainErrorCode.Forbidden, e.Code));
        Assert.Contains("Nord", southWrites.MessageFr);
        foreach (var reader in new[] { South, TestPartnerships.Researcher, manager })
            Assert.Equal(12_500m, (await ledger.GetAsync(reader)).Totals.Budgeted);
        Assert.Single((await ledger.GetAsync(Staff)).BudgetLines);
    }

    /// <summary>A repeat by the same person changes nothing; the same id from another person is refused.</summary>
    [Fact]
    public async Task Repeat_SamePersonNothingChanged_OtherPersonRefused()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var admin = await TestAccounts.NewAdministratorAsync(Grains);
        var ledger = TestLedgers.Of(Grains, partnership);
        var command = new RecordTransaction("pay", Staff, TestLedgers.Disbursement());

        var first = await ledger.RecordTransactionAsync(command);
        var again = await ledger.RecordTransactionAsync(command);
        var reused = await Assert.ThrowsAsync<DomainException>(() => ledger.RecordTransactionAsync(command with { Actor = admin }));

        Assert.Equal((1L, 1), (again.Version, again.Transactions.Count));
        Assert.Equivalent(first.Transactions, again.Transactions, strict: true);
        Assert.Equal(DomainErrorCode.Conflict, reused.Code);
    }

    /// <summary>The South says « Reçu »; funds it says did not arrive are not counted as received; only funds received are confirmed.</summary>
    [Fact]
    public async Task ConfirmReceipt_BySouth_CountedUnlessNotReceived()
    {
        var ledger = TestLedgers.Of(Grains, await TestPartnerships.NewAsync(Grains));
        await ledger.RecordTransactionAsync(new RecordTransaction("in-1", Staff, TestLedgers.FundsReceived(5_000m)));
        await ledger.RecordTransactionAsync(new RecordTransaction("in-2", Staff, TestLedgers.FundsReceived(2_000m)));
        await ledger.RecordTransactionAsync(new RecordTransaction("out", Staff, TestLedgers.Disbursement()));

        var northConfirms = await Assert.ThrowsAsync<DomainException>(() => ledger.ConfirmReceiptAsync(new ConfirmReceipt("north", Staff, "t1", true)));
        var notReceivable = await Assert.ThrowsAsync<DomainException>(() => ledger.ConfirmReceiptAsync(new ConfirmReceipt("t3", South, "t3", true)));
        await ledger.ConfirmReceiptAsync(new ConfirmReceipt("ok", South, "t1", true));
        var after = await ledger.ConfirmReceiptAsync(new ConfirmReceipt("missing", South, "t2", false, "Rien sur le compte au 30 avril."));

        Assert.Equal(DomainErrorCode.Forbidden, northConfirms.Code);
        Assert.Equal(LedgerErrors.NotFundsReceived, notReceivable.Reason);
        Assert.True(after.Transactions.Single(t => t.Id == "t1").Receipt!.Received);
        Assert.Equal("Rien sur le compte au 30 avril.", after.Transactions.Single(t => t.Id == "t2").Receipt!.Note);
        Assert.Equal(5_000m, after.Totals.Received);
        var history = await TestHistories.AllAsync(r => ledger.GetHistoryPageAsync(South, r));
        Assert.Equal(["TransactionRecorded", "TransactionRecorded", "TransactionRecorded", "FundsConfirmed", "FundsNotReceived"], history.Select(h => h.Action));
        Assert.Equal(South, history[^1].Actor);
    }

    /// <summary>Correcting the amount of confirmed funds asks the South again; the history keeps both versions.</summary>
    [Fact]
    public async Task CorrectTransaction_AmountChanged_ConfirmationWithdrawnHistoryKept()
    {
        var ledger = TestLedgers.Of(Grains, await TestPartnerships.NewAsync(Grains));
        await ledger.RecordTransactionAsync(new RecordTransaction("in", Staff, TestLedgers.FundsReceived(5_000m)));
        await ledger.ConfirmReceiptAsync(new ConfirmReceipt("ok", South, "t1", true));

        var stale = await Assert.ThrowsAsync<DomainException>(() =>
            ledger.CorrectTransactionAsync(new CorrectTransaction("old", Staff, "t1", TestLedgers.FundsReceived(5_500m), ExpectedVersion: 1)));
        var after = await ledger.CorrectTransactionAsync(new CorrectTransaction("fix", Staff, "t1", TestLedgers.FundsReceived(5_500m), ExpectedVersion: 2));

        Assert.Equal(DomainErrorCode.Conflict, stale.Code);
        var corrected = Assert.Single(after.Transactions);
        Assert.Equal((5_500m, (ReceiptConfirmation?)null), (corrected.EuroAmount, corrected.Receipt));
        var history = await TestHistories.AllAsync(r => ledger.GetHistoryPageAsync(Staff, r));
        var change = history.First(h => h is { Action: "TransactionCorrected", Field: "transaction" });
        Assert.Contains("5000", change.OldValue);
        Assert.Contains("5500", change.NewValue);
        Assert.Contains(history, h => h is { Action: "TransactionCorrected", Field: "receipt" });
    }

    /// <summary>A granted application becomes the fund's commitment in its partnership's ledger for the call's year, once.</summary>
    [Fact]
    public async Task Grant_BecomesFundCommitment_ExactlyOnce()
    {
        var manager = await TestFunds.NewManagerAsync(Grains);
        var reviewer = await TestFunds.NewReviewerAsync(Grains);
        var call = await TestFunds.NewCallAsync(Grains, cluster);
        var (partnership, application) = await TestFunds.SubmittedAsync(Grains, call);
        await application.AssignReviewerAsync(new AssignReviewer("assign", manager, reviewer.Id));
        await TestFunds.ReviewAsync(application, reviewer, 4, 4, 8);
        var grant = new GrantFundApplication("grant", manager, 35_000m, "Projet solide.");

        await application.GrantAsync(grant);
        await application.GrantAsync(grant);
        var ledger = TestLedgers.Of(Grains, partnership, 2026);
        await ledger.RecordGrantAsync(new GrantCommitment(application.GetPrimaryKeyString(), 35_000m, new DateOnly(2026, 6, 1), "Encore", manager));

        var read = await ledger.GetAsync(Staff);
        var commitment = Assert.Single(read.Transactions);
        Assert.Equal((TransactionKind.Commitment, 35_000m, Funder.SolidarityFund, application.GetPrimaryKeyString()),
            (commitment.Kind, commitment.EuroAmount, commitment.Provider.Funder!.Value, commitment.Source));
        Assert.Equal(35_000m, read.Totals.Committed);
        Assert.Equal(35_000m, read.Totals.ByFunder.Single(f => f.Funder == Funder.SolidarityFund).Committed);
        Assert.Equal(1L, read.Version);
    }

    /// <summary>The hardware shipped in the year is valued from each record: declared, or the default for its kind and grade.</summary>
    [Fact]
    public async Task Hardware_ShippedThisYear_ValuedFromRefurbishmentRecords()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var shipment = Grains.GetGrain<IShipmentGrain>(ShipmentRules.KeyFor(partnership.GetPrimaryKeyString(), "prepare"));
        var prepare = TestShipments.Prepare("prepare");
        var declared = prepare with
        {
            Boxes = [prepare.Boxes[0] with { Items = [prepare.Boxes[0].Items[0] with { Refurbishment = TestShipments.GradeA with { ResidualValue = 95.50m } }, prepare.Boxes[0].Items[1]] }, prepare.Boxes[1]],
        };
        await shipment.PrepareAsync(declared);
        await shipment.AdvanceAsync(new AdvanceShipment("ship", Staff, ShipmentStatus.Shipped));
        var year = cluster.Time.GetUtcNow().Year;

        var hardware = (await TestLedgers.Of(Grains, partnership, year).GetAsync(TestPartnerships.Researcher)).Hardware;
        var other = (await TestLedgers.Of(Grains, partnership, year - 1).GetAsync(Staff)).Hardware;

        // Declared desktop 95.50 € + screen grade A 50 € + laptop grade B 240 × 0.75 = 180 €.
        Assert.Equal((325.50m, 3), (hardware.Euros, hardware.Items));
        var one = Assert.Single(hardware.Shipments);
        Assert.Equal((3, 1), (one.Items, one.DeclaredItems));
        Assert.Equal(HardwareValue.None.Euros, other.Euros);
        Assert.Empty(other.Shipments);
    }
}
