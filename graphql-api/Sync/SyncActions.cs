namespace Cooperation.GraphQL.Sync;

/// <summary>
/// The size of a sync batch. Which mutations an outbox may carry is declared with each field action
/// (<see cref="Schema.Actions.FieldAction.InSync"/>): the field work a partner does offline. Sign-in and account
/// administration are not among them: they need an answer before anything else can happen.
/// </summary>
public static class SyncActions
{
    /// <summary>The most actions one batch may carry; a day of an agent's work is about thirty.</summary>
    public const int MaxPerBatch = 200;
}
