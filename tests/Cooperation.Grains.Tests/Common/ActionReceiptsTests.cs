using Cooperation.Grains.Annotations;
using Cooperation.Grains.Shipments;
using Cooperation.Grains.Shipments.Commands;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;

namespace Cooperation.Grains.Tests.Common;

/// <summary>The one rule of repeats, on receipts alone, and receipts stored before it recorded who acted and what was named.</summary>
public sealed class ActionReceiptsTests
{
    private static readonly Actor Claire = new("claire.martin@lehavre.example", "Claire Martin");

    private static readonly Actor Moussa = new("moussa.sow@ard-saintlouis.example", "Moussa Sow");

    // The serializer the silo stores grain state with (UseSystemTextJsonGrainStorageSerializer).
    private static readonly SystemTextJsonGrainStorageSerializer Json = new(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));

    private static EditMilestone Edit(string id, Actor actor, string milestoneId) => new(id, actor, milestoneId, null, "Titre revu", null);

    private static Dictionary<string, ActionReceipt> ReceiptsOf(Command command)
    {
        var receipts = new Dictionary<string, ActionReceipt>();
        receipts.Remember(command.ClientMutationId, command, 3);
        return receipts;
    }

    /// <summary>A new id is no repeat; the same person, command and subject is.</summary>
    [Fact]
    public void RepeatOf_SamePersonCommandAndSubject_TheReceipt()
    {
        var receipts = ReceiptsOf(Edit("a1", Claire, "m1"));

        Assert.Null(receipts.RepeatOf("a2", Edit("a2", Claire, "m1")));
        Assert.Equal(new ActionReceipt(nameof(EditMilestone), 3, Claire.Id, "m1"), receipts.RepeatOf("a1", Edit("a1", Claire, "m1")));
    }

    /// <summary>Another person, another subject or another command under a used id: one refusal, CONFLICT, naming only the id.</summary>
    [Fact]
    public void RepeatOf_AnythingElseUnderAUsedId_RefusedAsReused()
    {
        var receipts = ReceiptsOf(Edit("a1", Claire, "m1"));

        var otherPerson = Assert.Throws<DomainException>(() => receipts.RepeatOf("a1", Edit("a1", Moussa, "m1")));
        var otherSubject = Assert.Throws<DomainException>(() => receipts.RepeatOf("a1", Edit("a1", Claire, "m2")));
        var otherCommand = Assert.Throws<DomainException>(() => receipts.RepeatOf("a1", new CompleteMilestone("a1", Claire, "m1", null)));

        foreach (var error in new[] { otherPerson, otherSubject, otherCommand })
        {
            Assert.Equal(DomainErrorCode.Conflict, error.Code);
            Assert.Equal(ActionReceipts.Reused("a1").Message, error.Message);
        }
    }

    /// <summary>
    /// A receipt stored before receipts recorded who acted answers a command of its kind only when the grain's legacy
    /// rule allows it; a command of another kind is refused as before.
    /// </summary>
    [Fact]
    public void RepeatOf_LegacyReceipt_TheGrainsRuleDecides()
    {
        var receipts = new Dictionary<string, ActionReceipt> { ["a1"] = new(nameof(EditMilestone), 3) };

        Assert.NotNull(receipts.RepeatOf("a1", Edit("a1", Moussa, "m2")));
        Assert.NotNull(receipts.RepeatOf("a1", Edit("a1", Claire, "m1"), legacy: _ => true));
        var refusedByRule = Assert.Throws<DomainException>(() => receipts.RepeatOf("a1", Edit("a1", Moussa, "m1"), legacy: _ => false));
        var otherCommand = Assert.Throws<DomainException>(() => receipts.RepeatOf("a1", new CompleteMilestone("a1", Claire, "m1", null), legacy: _ => true));

        Assert.Equal((DomainErrorCode.Conflict, DomainErrorCode.Conflict), (refusedByRule.Code, otherCommand.Code));
    }

    /// <summary>The history names who made an action; an action that changed nothing left no line and names no one.</summary>
    [Fact]
    public void MadeBy_HistoryLineOfTheAction_ItsActorOnly()
    {
        HistoryEntry[] history = [new(1, DateTimeOffset.UnixEpoch, Claire, "MilestoneEdited", "m1", "title", "Avant", "Après", "a1")];

        Assert.True(history.MadeBy("a1", Claire));
        Assert.False(history.MadeBy("a1", Moussa));
        Assert.True(history.MadeBy("a2", Moussa));
    }

    /// <summary>A confirmation's subject is the items and boxes it names, in any order; a long list is kept as a digest and still matches.</summary>
    [Fact]
    public void SubjectOf_ManyNames_OrderFreeAndShort()
    {
        var lines = Enumerable.Range(1, 40).Select(i => new VerdictLine($"i{i}", null, ReceiptVerdict.Received, null, null)).ToList();
        var first = new ConfirmShipmentItems("c1", Moussa, lines);
        var reordered = first with { Lines = [.. Enumerable.Reverse(lines)] };
        var fewer = first with { Lines = lines[1..] };

        var subject = ActionReceipts.SubjectOf(first);

        Assert.StartsWith("sha256:", subject);
        Assert.True(subject!.Length < 80);
        Assert.Equal(subject, ActionReceipts.SubjectOf(reordered));
        Assert.NotEqual(subject, ActionReceipts.SubjectOf(fewer));
        Assert.Equal("box:b2,item:i1", ActionReceipts.SubjectOf(new ConfirmShipmentItems("c2", Moussa,
            [new VerdictLine("i1", null, ReceiptVerdict.Received, null, null), new VerdictLine(null, "b2", ReceiptVerdict.Received, null, null)])));
    }

    /// <summary>State stored by the version before reads as it was, its receipts without who or what; today's carry both.</summary>
    [Fact]
    public void StoredState_ReceiptsWrittenBefore_ReadWithoutWhoOrWhat()
    {
        const string before = """
            {"Annotations":[],"Receipts":{"seed:annotation:x":{"Kind":"Annotate","Version":4}},"Version":4,"FeedPending":false}
            """;

        var legacy = Json.Deserialize<AnnotationsState>(BinaryData.FromString(before))!.Receipts["seed:annotation:x"];
        var state = new AnnotationsState();
        state.Receipts.Remember("a1", Edit("a1", Claire, "m1"), 5);
        var roundTrip = Json.Deserialize<AnnotationsState>(Json.Serialize(state))!.Receipts["a1"];

        Assert.Equal(new ActionReceipt("Annotate", 4, null, null), legacy);
        Assert.Equal(new ActionReceipt(nameof(EditMilestone), 5, Claire.Id, "m1"), roundTrip);
    }
}
