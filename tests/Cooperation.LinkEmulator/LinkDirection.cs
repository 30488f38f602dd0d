namespace Cooperation.LinkEmulator;

/// <summary>A direction of the link, named from the phone's side.</summary>
public enum LinkDirection
{
    /// <summary>Phone to server: requests, uploads.</summary>
    Up,
    /// <summary>Server to phone: responses, downloads.</summary>
    Down,
}
