using Cooperation.Grains.Accounts;
using Cooperation.Grains.Notices;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Shipments.Commands;

namespace Cooperation.Grains.Shipments;

// Receiving: the South agent ticks off the packing list; the first verdict on an item stands, a different later one is a
// dispute — unless the later one is its own author's correction of it, sent in place of the action that set it.
public sealed partial class ShipmentGrain
{
    async Task<ShipmentConfirmation> IShipmentGrain.ReceiveAsync(ReceiveShipment command)
    {
        var id = await BeginAsync(command, ActingSide.South);
        if (await RepeatedAsync(id, command))
            return new ShipmentConfirmation(Snapshot(), [.. State.Items
                .Where(i => i.Verdict?.ClientMutationId == id).Select(i => Recorded(i.Id, ReceiptVerdict.Received))]);
        RequireCreated();
        if (State.Status is ShipmentStatus.Received or ShipmentStatus.Reconciled)
            throw ShipmentErrors.AlreadyReceived(State.Timeline.Last(c => c.Status == ShipmentStatus.Received));
        RequireShipped();
        var photoId = ShipmentRules.PhotoId(command.PhotoId);

        var now = ActionTime.Of(command, Time);
        Changed(now);
        var outcomes = new List<ItemOutcome>();
        for (var i = 0; i < State.Items.Count; i++)
        {
            var item = State.Items[i];
            if (item.Verdict is not null)
                continue;
            Put(i, item with { Verdict = new ItemVerdict(ReceiptVerdict.Received, null, photoId, command.Actor, now, id) });
            outcomes.Add(Recorded(item.Id, ReceiptVerdict.Received));
        }

        Record(id, command.Actor, "ShipmentReceived", Key, "status", State.Status.ToString(), nameof(ShipmentStatus.Received));
        MoveTo(ShipmentStatus.Received, now, command.Actor);
        await CommitAsync(id, command);
        return new ShipmentConfirmation(Snapshot(), outcomes);
    }

    async Task<ShipmentConfirmation> IShipmentGrain.ConfirmItemsAsync(ConfirmShipmentItems command)
    {
        var id = await BeginAsync(command, ActingSide.South);
        if (await RepeatedAsync(id, command))
            return new ShipmentConfirmation(Snapshot(), [.. Targets(command.Lines).Select(t => OutcomeOf(id, State.Items[t.Index], t.Line))]);
        RequireCreated();
        RequireShipped();
        var targets = Targets(command.Lines);
        var replaced = ShipmentRules.Replaces(command.Replaces);

        var now = ActionTime.Of(command, Time);
        var outcomes = new List<ItemOutcome>();
        var changes = new List<(int Index, ShipmentItem Item, string Action, ItemVerdict Verdict)>();
        foreach (var (index, line) in targets)
        {
            var item = State.Items[index];
            var verdict = new ItemVerdict(line.Verdict, ShipmentRules.Reason(line.Reason), ShipmentRules.PhotoId(line.PhotoId), command.Actor, now, id);
            if (item.Verdict is not { } standing)
            {
                changes.Add((index, item with { Verdict = verdict }, "Item" + line.Verdict, verdict));
                outcomes.Add(Recorded(item.Id, line.Verdict));
            }
            else if (standing.Verdict == line.Verdict || item.Disputes.Any(d => d.Verdict == line.Verdict && d.By.Id == command.Actor.Id))
            {
                outcomes.Add(Unchanged(item, standing));
            }
            else if (Corrects(standing, replaced, command.Actor))
            {
                changes.Add((index, item with { Verdict = verdict }, "ItemVerdictCorrected", verdict));
                outcomes.Add(Recorded(item.Id, line.Verdict));
            }
            else
            {
                changes.Add((index, item with { Disputes = [.. item.Disputes, verdict] }, "ItemVerdictDisputed", verdict));
                outcomes.Add(Disputed(item, standing, line.Verdict));
            }
        }

        if (changes.Count == 0)
        {
            await CommitAsync(id, command);
            return new ShipmentConfirmation(Snapshot(), outcomes);
        }

        // Asked before anything changes: the North's notice of a problem is written with the verdicts.
        var problems = await NorthNoticeOfProblemsAsync(id, command.Actor, changes.Select(c => c.Verdict.Verdict).ToList(), now);
        Changed(now);
        foreach (var (index, changed, action, verdict) in changes)
        {
            // A dispute leaves the standing verdict, a correction replaces it: the line says which verdict was there.
            var before = action is "ItemVerdictDisputed" or "ItemVerdictCorrected" ? State.Items[index].Verdict!.Verdict.ToString() : null;
            Put(index, changed);
            Record(id, command.Actor, action, changed.Id, "verdict", before,
                verdict.Reason is null ? verdict.Verdict.ToString() : $"{verdict.Verdict}: {verdict.Reason}");
        }

        if (State.Status < ShipmentStatus.BeingReceived)
            MoveTo(ShipmentStatus.BeingReceived, now, command.Actor);
        if (State.Status == ShipmentStatus.BeingReceived && State.Items.All(i => i.Verdict is not null))
            MoveTo(ShipmentStatus.Received, now, command.Actor);
        if (problems is not null)
            Tell(problems);
        await CommitAsync(id, command);
        return new ShipmentConfirmation(Snapshot(), outcomes);
    }

    /// <summary>
    /// Whether a later verdict corrects the standing one instead of disputing it: the same person, in place of the very
    /// action that set it (a phone that changed its verdict not knowing the first had arrived), before the North
    /// reconciled the shipment. Anyone else's different verdict stays a dispute both sides see.
    /// </summary>
    private bool Corrects(ItemVerdict standing, IReadOnlySet<string> replaced, Actor actor) =>
        replaced.Contains(standing.ClientMutationId) && standing.By.Id == actor.Id && State.Status != ShipmentStatus.Reconciled;

    /// <summary>Items confirmed damaged or missing: what the North's members of the partnership hear, once per action; null for none.</summary>
    private async Task<NoticeToTell?> NorthNoticeOfProblemsAsync(string actionId, Actor by, IReadOnlyList<ReceiptVerdict> verdicts, DateTimeOffset now)
    {
        var (damaged, missing) = (verdicts.Count(v => v == ReceiptVerdict.Damaged), verdicts.Count(v => v == ReceiptVerdict.Missing));
        if (damaged + missing == 0)
            return null;
        return NoticeToTell.ToMembers(Slug, MemberRole.NorthStaff, NoticeEvents.DeliveryProblem(
            Key, State.Title, await Grains.PartnershipNameAsync(Slug), damaged, missing, by.DisplayName, actionId, now));
    }

    /// <summary>
    /// Checks every line and resolves it to items, in packing order: an item line wins over the line of its box, so
    /// « carton 3 reçu sauf l'écran i12 abîmé » is one action. Nothing is applied until every line passed.
    /// </summary>
    private List<(int Index, VerdictLine Line)> Targets(IReadOnlyList<VerdictLine>? lines)
    {
        if (lines is null || lines.Count == 0)
            throw ShipmentErrors.Invalid("Donnez au moins un verdict.", "Give at least one verdict.");
        if (lines.Count > ShipmentRules.MaxItems + ShipmentRules.MaxBoxes)
            throw ShipmentErrors.Invalid("Trop de verdicts en une action.", "Too many verdicts in one action.");

        var byItem = new Dictionary<string, VerdictLine>(StringComparer.Ordinal);
        var byBox = new Dictionary<string, VerdictLine>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (!Enum.IsDefined(line.Verdict))
                throw ShipmentErrors.Invalid("Verdict inconnu.", "Unknown verdict.");
            ShipmentRules.Reason(line.Reason);
            ShipmentRules.PhotoId(line.PhotoId);
            switch (line)
            {
                case { ItemId: { Length: > 0 } itemId, BoxId: null or "" }:
                    var item = State.Items.Find(i => i.Id == itemId) ?? throw ShipmentErrors.UnknownItem(itemId);
                    RequireReason(line, item.SerialNumber);
                    if (!byItem.TryAdd(itemId, line))
                        throw ShipmentErrors.Invalid($"L'article « {itemId} » figure deux fois.", $"Item '{itemId}' is listed twice.");
                    break;
                case { BoxId: { Length: > 0 } boxId, ItemId: null or "" }:
                    var box = State.Boxes.Find(b => b.Id == boxId) ?? throw ShipmentErrors.UnknownBox(boxId);
                    RequireReason(line, box.Label);
                    if (!byBox.TryAdd(boxId, line))
                        throw ShipmentErrors.Invalid($"Le carton « {boxId} » figure deux fois.", $"Box '{boxId}' is listed twice.");
                    break;
                default:
                    throw ShipmentErrors.Invalid(
                        "Chaque verdict porte soit sur un article (itemId), soit sur un carton entier (boxId).",
                        "Each verdict is about either one item (itemId) or a whole box (boxId).");
            }
        }

        var targets = new List<(int, VerdictLine)>();
        for (var i = 0; i < State.Items.Count; i++)
        {
            var item = State.Items[i];
            if (byItem.TryGetValue(item.Id, out var line) || byBox.TryGetValue(item.BoxId, out line))
                targets.Add((i, line));
        }
        return targets;
    }

    private static void RequireReason(VerdictLine line, string subject)
    {
        if (line.Verdict != ReceiptVerdict.Received && ShipmentRules.Reason(line.Reason) is null)
            throw ShipmentErrors.ReasonRequired(subject, line.Verdict);
    }

    private void RequireShipped()
    {
        if (State.Status == ShipmentStatus.Prepared)
            throw ShipmentErrors.IllegalStatusChange(State.Status,
                "confirmer sa réception (il n'a pas encore été expédié)", "confirm its receipt (it has not been shipped yet)");
    }

    private void MoveTo(ShipmentStatus status, DateTimeOffset now, Actor actor)
    {
        State.Status = status;
        State.Timeline.Add(new StatusChange(status, now, actor));
    }

    /// <summary>
    /// How a verdict line of the action <paramref name="clientMutationId"/> landed, read back from the item: each
    /// verdict and dispute keeps its action's id, and a standing verdict never changes, so a repeat answers exactly
    /// what the first application did without the receipt keeping a copy of it.
    /// </summary>
    private static ItemOutcome OutcomeOf(string clientMutationId, ShipmentItem item, VerdictLine line)
    {
        if (item.Verdict is not { } standing || standing.ClientMutationId == clientMutationId)
            return Recorded(item.Id, line.Verdict);
        return item.Disputes.Any(d => d.ClientMutationId == clientMutationId) ? Disputed(item, standing, line.Verdict) : Unchanged(item, standing);
    }

    private static ItemOutcome Unchanged(ShipmentItem item, ItemVerdict standing) => new(
        item.Id, ConfirmationOutcome.Unchanged,
        $"« {item.SerialNumber} » : déjà confirmé {ReceiptVerdictNames.French(standing.Verdict)} par {standing.By.DisplayName} le {ShipmentWords.French(standing.At)} ; rien n'a changé.",
        $"'{item.SerialNumber}': already confirmed {ReceiptVerdictNames.English(standing.Verdict)} by {standing.By.DisplayName} on {ShipmentWords.English(standing.At)}; nothing changed.");

    private static ItemOutcome Disputed(ShipmentItem item, ItemVerdict standing, ReceiptVerdict verdict) => new(
        item.Id, ConfirmationOutcome.Disputed,
        $"« {item.SerialNumber} » : {standing.By.DisplayName} l'a déjà confirmé {ReceiptVerdictNames.French(standing.Verdict)} le {ShipmentWords.French(standing.At)} ; ce verdict est gardé. Le vôtre ({ReceiptVerdictNames.French(verdict)}) est enregistré comme contestation, visible des deux côtés.",
        $"'{item.SerialNumber}': {standing.By.DisplayName} already confirmed it {ReceiptVerdictNames.English(standing.Verdict)} on {ShipmentWords.English(standing.At)}; that verdict stands. Yours ({ReceiptVerdictNames.English(verdict)}) is kept as a dispute both sides see.");

    private static ItemOutcome Recorded(string itemId, ReceiptVerdict verdict) => new(
        itemId, ConfirmationOutcome.Recorded,
        $"Verdict enregistré : {ReceiptVerdictNames.French(verdict)}.",
        $"Verdict recorded: {ReceiptVerdictNames.English(verdict)}.");
}
