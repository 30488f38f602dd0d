namespace Cooperation.GraphQL.Partnerships;

/// <summary>The link back from what hangs off a partnership (shipment, report, mission, upload) to the partnership.</summary>
public static class PartnershipIdField
{
    public static void AddPartnershipId<T>(this ObjectGraphType<T> type, Func<T, string> slugOf) =>
        type.Field<NonNullGraphType<IdGraphType>>("partnershipId")
            .Description("Partenariat (identifiant global). / Partnership (global id).")
            .Resolve(c => PartnershipLookup.GlobalIdOf(slugOf(c.Source)));
}
