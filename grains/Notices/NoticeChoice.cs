namespace Cooperation.Grains.Notices;

/// <summary>How a person wants to hear of her notices by e-mail; the list in the app is kept whatever she chooses.</summary>
public enum NoticeChoice
{
    /// <summary>One mail per event, as it happens (the default).</summary>
    EachEvent,

    /// <summary>One mail a day gathering the day's notices.</summary>
    DailyDigest,

    /// <summary>No mail; the app's list only.</summary>
    None,
}
