using System.Xml;

namespace Cooperation.GraphQL.Exports.Iati;

/// <summary>The activity's funders, budgets and transactions, from the partnership's ledgers.</summary>
public static class IatiMoney
{
    /// <summary>The funders other than the North authority: the fund and the other co-financers the ledgers name.</summary>
    public static void WriteFunders(XmlWriter xml, IatiActivityFacts facts)
    {
    }

    public static void WriteBudgetsAndTransactions(XmlWriter xml, IatiActivityFacts facts)
    {
    }
}
