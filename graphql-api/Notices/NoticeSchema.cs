using Cooperation.Grains.Notices;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Notices;

/// <summary>The signed-in person's notices: the page on her person, marking them read, her choice for e-mail.</summary>
public static class NoticeSchema
{
    /// <summary>Notices a page carries by default.</summary>
    public const int DefaultFirst = 20;

    /// <summary>Adds <c>notices</c> to the person: only the person herself reads them (the grain refuses anyone else).</summary>
    public static void AddNoticesField(this ObjectGraphType<Grains.Accounts.AccountAccess> person) =>
        person.Field<NonNullGraphType<NoticePageType>>("notices")
            .Description("Ses avis, gardés jusqu'à leur lecture (la personne elle-même). / Her notices, kept until read (the person herself).")
            .Argument<IntGraphType>("first", $"Nombre d'avis (0 à {NoticesGrain.MaxPage}). / How many notices (0 to {NoticesGrain.MaxPage}).", a => a.DefaultValue = DefaultFirst)
            .Argument<IntGraphType>("offset", "Position du premier avis voulu (0 : le plus récent). / Position of the first notice wanted (0: the newest).", a => a.DefaultValue = 0)
            .WithAccess(AccessRule.SignedIn)
            .ResolveAsync(async c => await NoticesOf(c, c.Source!.AccountId).GetPageAsync(c.Actor(), c.GetArgument("offset", 0), c.GetArgument("first", DefaultFirst)));

    public static void AddNoticeMutations(this ObjectGraphType mutation)
    {
        mutation.Field("markNoticesRead", new NonNullGraphType(new NoticesPayloadType("MarkNoticesReadPayload")))
            .Description("Marquer ses avis lus : ils restent dans la liste. / Mark one's notices read: they stay in the list.")
            .Argument<NonNullGraphType<MarkNoticesReadInputType>>("input")
            .WithAccess(AccessRule.SignedIn)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<MarkNoticesReadInput>("input");
                var page = await NoticesOf(c, c.Viewer().Access!.AccountId).MarkReadAsync(c.Actor(), input.Ids, DefaultFirst);
                return new NoticesPayload(input.ClientMutationId, page);
            });

        mutation.Field("setNoticeChoice", new NonNullGraphType(new NoticesPayloadType("SetNoticeChoicePayload")))
            .Description("Choisir comment recevoir ses avis par courriel. / Choose how to receive one's notices by e-mail.")
            .Argument<NonNullGraphType<SetNoticeChoiceInputType>>("input")
            .WithAccess(AccessRule.SignedIn)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SetNoticeChoiceInput>("input");
                var page = await NoticesOf(c, c.Viewer().Access!.AccountId).SetChoiceAsync(c.Actor(), input.Choice, DefaultFirst);
                return new NoticesPayload(input.ClientMutationId, page);
            });
    }

    private static INoticesGrain NoticesOf(IResolveFieldContext c, string accountId) => c.Grains().GetGrain<INoticesGrain>(accountId);
}
