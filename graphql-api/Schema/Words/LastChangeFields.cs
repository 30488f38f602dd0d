namespace Cooperation.GraphQL.Schema.Words;

/// <summary>When something last changed, as a time for programs and in words for people.</summary>
public static class LastChangeFields
{
    public static void AddLastChange<T>(this ObjectGraphType<T> type, Func<T, DateTimeOffset> updatedAt)
    {
        type.Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt")
            .Description("Dernière modification (UTC). / Last change (UTC).")
            .Resolve(c => updatedAt(c.Source));
        type.Field<NonNullGraphType<StringGraphType>>("updatedAgo")
            .Description("Dernière modification, en mots (« il y a 3 jours / 3 days ago »). / Last change, in words.")
            .Resolve(c => Ago.Of(updatedAt(c.Source), c.RequestServices!.GetRequiredService<TimeProvider>()));
    }
}
