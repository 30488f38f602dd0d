namespace Cooperation.Grains.Shipments;

/// <summary>The grade a refurbishing workshop gives a machine after its tests.</summary>
public enum RefurbishmentGrade
{
    /// <summary>Grade A: as new, no visible wear.</summary>
    A,

    /// <summary>Grade B: fully working, light marks of use.</summary>
    B,

    /// <summary>Grade C: working, visible wear or a minor defect noted on the record.</summary>
    C,
}
