using Cooperation.Grains.Money;

namespace Cooperation.GraphQL.Money;

/// <summary>Who funds a budget line or provides a transaction's money.</summary>
public sealed class FunderType : EnumerationGraphType<Funder>
{
    public FunderType()
    {
        Name = "Funder";
        Description = "Financeur : collectivité du Nord, collectivité du Sud, Fonds de Solidarité Numérique, autre cofinanceur. / Funder: North authority, South authority, Fonds de Solidarité Numérique, other co-financer.";
    }
}

/// <summary>What a transaction is.</summary>
public sealed class TransactionKindType : EnumerationGraphType<TransactionKind>
{
    public TransactionKindType()
    {
        Name = "TransactionKind";
        Description = "Opération : engagement, fonds reçus, décaissement, dépense. / Transaction: commitment, funds received, disbursement, expenditure.";
    }
}

/// <summary>The currencies a transaction is entered in.</summary>
public sealed class CurrencyType : EnumerationGraphType<Currency>
{
    public CurrencyType()
    {
        Name = "Currency";
        Description = "Devise : euro (EUR), franc CFA (XOF), dirham (MAD). / Currency: euro, CFA franc, dirham.";
    }
}
