using Cooperation.Grains.Partnerships;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Partnerships;

/// <summary>A party to a partnership.</summary>
public sealed class PartyType : ObjectGraphType<Party>
{
    public PartyType()
    {
        Name = "Party";
        Description = "Partie prenante : collectivité, État, équipe universitaire, association. / A party: authority, State, university team, association.";
        Field(p => p.Name).Description("Nom officiel. / Official name.");
        Field(p => p.Country).Description("Pays. / Country.");
        Field(p => p.Kind).Description("Nature de la partie. / What kind of party it is.");
        this.FieldsGuardedByParent();
    }
}
