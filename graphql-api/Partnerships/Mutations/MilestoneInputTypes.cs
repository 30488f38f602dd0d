namespace Cooperation.GraphQL.Partnerships.Mutations;

/// <summary>Fields shared by the inputs that change an existing milestone.</summary>
public abstract class MilestoneChangeInputType<TInput> : InputObjectGraphType<TInput>
    where TInput : MilestoneChangeInput
{
    protected MilestoneChangeInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<StringGraphType>>("clientMutationId")
            .Description("Identifiant choisi par le client ; le renvoyer rejoue la première réponse sans rien changer. / Client-chosen id; sending it again returns the first answer and changes nothing.");
        Field<NonNullGraphType<IdGraphType>>("milestoneId").Description("Identifiant global du jalon. / Milestone global id.");
        Field<IntGraphType>("expectedVersion")
            .Description("Version affichée ; si le jalon a changé depuis, CONFLICT. / Version shown; CONFLICT if the milestone changed since.");
    }
}

public sealed class PlanMilestoneInputType : InputObjectGraphType<PlanMilestoneInput>
{
    public PlanMilestoneInputType()
    {
        Name = "PlanMilestoneInput";
        Description = "Planifier un jalon. / Plan a milestone.";
        Field<NonNullGraphType<StringGraphType>>("clientMutationId");
        Field<NonNullGraphType<IdGraphType>>("partnershipId").Description("Partenariat (identifiant global ou lisible). / Partnership (global or readable id).");
        Field<NonNullGraphType<StringGraphType>>("title").Description("Intitulé, 160 caractères au plus. / Title, at most 160 characters.");
        Field<StringGraphType>("description");
        Field<NonNullGraphType<PartnershipSideType>>("side");
        Field<DateOnlyGraphType>("startOn");
        Field<NonNullGraphType<DateOnlyGraphType>>("dueOn");
    }
}

public sealed class EditMilestoneInputType : MilestoneChangeInputType<EditMilestoneInput>
{
    public EditMilestoneInputType() : base("EditMilestoneInput", "Modifier l'intitulé ou la description. / Edit title or description.")
    {
        Field<StringGraphType>("title");
        Field<StringGraphType>("description");
    }
}

public sealed class RescheduleMilestoneInputType : MilestoneChangeInputType<RescheduleMilestoneInput>
{
    public RescheduleMilestoneInputType() : base("RescheduleMilestoneInput", "Replanifier les dates. / Move the dates.")
    {
        Field<DateOnlyGraphType>("startOn")
            .Description("Omis : le début ne change pas ; null : il est effacé. / Omitted: the start is kept; null: it is cleared.");
        Field<NonNullGraphType<DateOnlyGraphType>>("dueOn");
    }

    // The parsed object cannot tell an omitted field from a null one; the dictionary it is made from can (a field
    // not sent has no key), in a mutation of its own as inside a sync batch.
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var input = (RescheduleMilestoneInput)base.ParseDictionary(value);
        input.StartOnGiven = value.ContainsKey("startOn");
        return input;
    }
}

public sealed class RecordMilestoneProgressInputType : MilestoneChangeInputType<RecordMilestoneProgressInput>
{
    public RecordMilestoneProgressInputType() : base("RecordMilestoneProgressInput", "Indiquer l'avancement (0–100). / Record progress (0–100).")
    {
        Field<NonNullGraphType<IntGraphType>>("progress");
    }
}

public sealed class CompleteMilestoneInputType : MilestoneChangeInputType<CompleteMilestoneInput>
{
    public CompleteMilestoneInputType() : base("CompleteMilestoneInput", "Déclarer le jalon atteint. / Mark the milestone completed.")
    {
    }
}

public sealed class CancelMilestoneInputType : MilestoneChangeInputType<CancelMilestoneInput>
{
    public CancelMilestoneInputType() : base("CancelMilestoneInput", "Annuler le jalon, avec la raison. / Cancel the milestone, with the reason.")
    {
        Field<NonNullGraphType<StringGraphType>>("reason");
    }
}
