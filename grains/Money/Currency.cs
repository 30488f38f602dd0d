namespace Cooperation.Grains.Money;

/// <summary>The currencies a transaction is entered in; every total is in euros.</summary>
public enum Currency
{
    /// <summary>Euro.</summary>
    EUR,

    /// <summary>Franc CFA of West Africa (UEMOA), pegged to the euro at 655.957 XOF for 1 EUR.</summary>
    XOF,

    /// <summary>Dirham marocain.</summary>
    MAD,
}
