using Cooperation.Grains.Shipments;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Shipments;

namespace Cooperation.GraphQL.Sync;

/// <summary>What one sync round trip answers: each action's fate, then what changed.</summary>
public sealed record SyncOutcome(IReadOnlyList<SyncActionResult> Results, PartnershipChanges Changes);

/// <summary>One action's fate. No error: applied and durable (or already applied before: a repeat).</summary>
/// <param name="Notices">How verdicts landed when not simply recorded (already given, kept as a dispute).</param>
public sealed record SyncActionResult(string ClientMutationId, SyncActionError? Error, IReadOnlyList<ItemOutcome> Notices);

/// <param name="Retry">True when the action did not go through for a passing reason: keep it and send it again.</param>
public sealed record SyncActionError(string Code, string Message, bool Retry);

[DoNotRegister]
public sealed class SyncPayloadType : ObjectGraphType<SyncOutcome>
{
    public SyncPayloadType()
    {
        Name = "SyncPayload";
        Description = "Le sort de chaque action, puis les changements depuis le curseur. / Each action's fate, then the changes since the cursor.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SyncActionResultType>>>>("results")
            .Description("Une réponse par action, dans l'ordre envoyé. / One answer per action, in the order sent.").Resolve(c => c.Source.Results);
        Field<NonNullGraphType<ChangeSetType>>("changes")
            .Description("Ce qui a changé depuis le curseur, actions de ce lot comprises. / What changed since the cursor, this batch's actions included.")
            .Resolve(c => c.Source.Changes);
        this.FieldsGuardedByParent();
    }
}

public sealed class SyncActionResultType : ObjectGraphType<SyncActionResult>
{
    public SyncActionResultType()
    {
        Name = "SyncActionResult";
        Description = "Le sort d'une action : sans erreur, elle est enregistrée durablement et peut quitter la file. / An action's fate: with no error it is durably recorded and may leave the outbox.";
        Field(r => r.ClientMutationId).Description("Identifiant client de l'action. / The action's client id.");
        Field<SyncActionErrorType>("error").Description("Pourquoi elle a été refusée ; null si enregistrée. / Why it was refused; null when recorded.").Resolve(c => c.Source.Error);
        Field<ListGraphType<NonNullGraphType<ItemOutcomeType>>>("notices")
            .Description("Verdicts qui n'ont pas été simplement enregistrés (déjà donnés, contestation) ; null sinon. / Verdicts not simply recorded (already given, dispute); null otherwise.")
            .Resolve(c => c.Source.Notices.Count == 0 ? null : c.Source.Notices);
        this.FieldsGuardedByParent();
    }
}

public sealed class SyncActionErrorType : ObjectGraphType<SyncActionError>
{
    public SyncActionErrorType()
    {
        Name = "SyncActionError";
        Description = "Refus d'une action, expliqué « français / English ». / An action's refusal, explained 'French / English'.";
        Field(e => e.Code).Description("VALIDATION, NOT_FOUND, FORBIDDEN, CONFLICT, UNAVAILABLE…");
        Field(e => e.Message).Description("Explication « français / English ». / Explanation 'French / English'.");
        Field(e => e.Retry).Description("Vrai si le refus est passager : garder l'action et la renvoyer. / True when passing: keep the action and send it again.");
        this.FieldsGuardedByParent();
    }
}
