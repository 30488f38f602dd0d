using Cooperation.Grains.Partnerships;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Actions;
using Cooperation.GraphQL.Schema.Errors;

namespace Cooperation.GraphQL.Sync;

/// <summary>
/// <c>sync(input:)</c>: the poor-link protocol's one round trip. The outbox goes up as an ordered batch; each action
/// runs exactly as its own mutation would (same declaration, same grain call, same client mutation id, same errors),
/// one after the other so that an action may rely on an earlier one; then the changes since the client's cursor come
/// back, this batch's effects included, with the next cursor.
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
        var input = new SyncInputType(new SyncActionInputType());
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

                // Decided first, from the memberships read with the token: an outsider's batch is refused whole, and
                // nothing of it runs. The grains still decide for each action and for the changes.
                var context = ActionContext.Of(c);
                if (!context.Viewer.AccessTo(slug).CanRead)
                    throw PartnershipErrors.Forbidden();

                // What the actions return is what the change set shows, when nothing changed it since.
                var entities = new ChangedEntities(context);
                var results = new List<SyncActionResult>(actions.Count);
                foreach (var action in actions)
                    results.Add(await RunAsync(context, entities, action.Single()));
                var changes = await context.Grains.GetGrain<IPartnershipGrain>(slug).GetChangesAsync(context.Actor, since);
                return new SyncOutcome(results, new PartnershipChanges(slug, changes, entities));
            });
    }

    /// <summary>Runs one action as its mutation would, its errors worded and coded as its mutation's would be.</summary>
    private static async Task<SyncActionResult> RunAsync(ActionContext context, ChangedEntities entities, KeyValuePair<string, object?> member)
    {
        var (name, value) = member;
        // The batch's input type parses each member with its action's own input type.
        var input = (IClientMutationInput)value!;
        if (input is IOutsidePartnershipAction { IsOutsidePartnerships: true })
            return new SyncActionResult(input.ClientMutationId, new SyncActionError(ErrorCodes.Validation,
                "Cette action ne concerne aucun partenariat (annotations d'un dossier de candidature) : elle ne passe pas par sa synchronisation ; envoyez sa mutation seule. / "
                + "This action concerns no partnership (an application's annotations): it does not go through its sync; send its mutation alone.", Retry: false), []);
        try
        {
            var done = await FieldActions.Named(name).RunAsync(input, context);
            if (done.Snapshot is { } snapshot)
                entities.Hold(snapshot);
            return new SyncActionResult(input.ClientMutationId, null, done.Notices);
        }
        catch (Exception e) when (GrainErrors.ErrorOf(e) is { } error)
        {
            var code = error.Code ?? ErrorCodes.Validation;
            return new SyncActionResult(input.ClientMutationId, new SyncActionError(code, error.Message, Retry: code == ErrorCodes.Unavailable), []);
        }
    }
}
