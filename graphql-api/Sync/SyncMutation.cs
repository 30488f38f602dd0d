using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Shipments;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Errors;
using Cooperation.GraphQL.Shipments;
using GraphQL.Execution;

namespace Cooperation.GraphQL.Sync;

/// <summary>
/// <c>sync(input:)</c>: the poor-link protocol's one round trip. The outbox goes up as an ordered batch; each action
/// runs exactly as its own mutation would (same resolver, same grain, same client mutation id), one after the other so
/// that an action may rely on an earlier one; then the changes since the client's cursor come back, this batch's
/// effects included, with the next cursor.
/// </summary>
/// <remarks>
/// An action without error in the answer was written durably by its grain before the grain returned, so the client may
/// drop it from its outbox. A refused action is reported and the next one runs anyway. A batch replayed after a lost
/// answer meets the grains' receipts: every action has exactly one effect, and its answer is the first one again.
/// A batch that is malformed (too many actions, a bad cursor, an action that is not exactly one mutation) is refused
/// whole before anything runs.
/// </remarks>
public static class SyncMutation
{
    public static void AddSyncMutation(this ObjectGraphType mutation)
    {
        var input = new SyncInputType(new SyncActionInputType(mutation));
        mutation.Field("sync", new NonNullGraphType(new SyncPayloadType()))
            .Description("Envoyer la file d'attente et recevoir les changements, en un aller-retour. / Send the outbox and receive the changes, in one round trip.")
            .Argument(new NonNullGraphType(input), "input")
            .WithAccess(AccessRule.SignedIn)
            .ResolveAsync(async c =>
            {
                var batch = c.GetArgument<Dictionary<string, object?>>("input");
                var slug = PartnershipLookup.Slug((string)batch["partnershipId"]!);
                var since = ChangeCursor.Decode(batch.GetValueOrDefault("since") as string);
                var actions = ((IEnumerable<object?>)batch["actions"]!).Cast<IDictionary<string, object?>>().ToList();
                if (actions.Count > SyncActions.MaxPerBatch)
                    throw ApiErrors.Validation(
                        $"Un lot compte au plus {SyncActions.MaxPerBatch} actions ({actions.Count}) : envoyez le reste au prochain aller-retour.",
                        $"A batch holds at most {SyncActions.MaxPerBatch} actions ({actions.Count}): send the rest on the next round trip.");

                // Asked first: an outsider's batch is refused whole, and nothing of it runs.
                var partnership = c.Grains().GetGrain<IPartnershipGrain>(slug);
                if (!(await partnership.GetAccessAsync(c.Actor())).CanRead)
                    throw PartnershipErrors.Forbidden();

                var results = new List<SyncActionResult>(actions.Count);
                foreach (var action in actions)
                    results.Add(await ApplyAsync(c, action.Single()));
                var changes = await partnership.GetChangesAsync(c.Actor(), since);
                return new SyncOutcome(results, new PartnershipChanges(slug, changes));
            });
    }

    /// <summary>Runs one action through its own mutation's resolver (and so through the same error handling).</summary>
    private static async Task<SyncActionResult> ApplyAsync(IResolveFieldContext batch, KeyValuePair<string, object?> action)
    {
        var (name, input) = action;
        var clientMutationId = (input as IClientMutationInput)?.ClientMutationId ?? "";
        if (input is IOutsidePartnershipAction { IsOutsidePartnerships: true })
            return new SyncActionResult(clientMutationId, new SyncActionError(ErrorCodes.Validation,
                "Cette action ne concerne aucun partenariat (annotations d'un dossier de candidature) : elle ne passe pas par sa synchronisation ; envoyez sa mutation seule. / "
                + "This action concerns no partnership (an application's annotations): it does not go through its sync; send its mutation alone.", Retry: false), []);
        var field = batch.Schema.Mutation!.GetField(name)!;
        var context = new ResolveFieldContext(batch)
        {
            FieldDefinition = field,
            Arguments = new Dictionary<string, ArgumentValue> { ["input"] = new(input, ArgumentSource.Variable) },
        };
        try
        {
            var payload = await field.Resolver!.ResolveAsync(context);
            var notices = payload is ShipmentPayload shipment ? [.. shipment.Outcomes.Where(o => o.Outcome != ConfirmationOutcome.Recorded)] : Array.Empty<ItemOutcome>();
            return new SyncActionResult(clientMutationId, null, notices);
        }
        catch (ExecutionError e)
        {
            var code = e.Code ?? ErrorCodes.Validation;
            return new SyncActionResult(clientMutationId, new SyncActionError(code, e.Message, Retry: code == ErrorCodes.Unavailable), []);
        }
    }
}
