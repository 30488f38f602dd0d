namespace Cooperation.Grains.Money;

/// <summary>Who funds a budget line, or provides a transaction's money.</summary>
public enum Funder
{
    /// <summary>La collectivité du Nord (the French authority of the partnership).</summary>
    NorthAuthority,

    /// <summary>La collectivité du Sud (the partner authority).</summary>
    SouthAuthority,

    /// <summary>Le Fonds de Solidarité Numérique (DAECT call), through a granted application.</summary>
    SolidarityFund,

    /// <summary>Un autre cofinanceur, named on the line (an agency, a foundation, a region…).</summary>
    OtherCoFinancer,
}
