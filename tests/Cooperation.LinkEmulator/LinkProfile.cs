namespace Cooperation.LinkEmulator;

/// <summary>
/// A mobile link as the proxy emulates it: a rate per direction, a round trip, and two kinds of trouble.
/// </summary>
/// <param name="Name">Shown in printed figures.</param>
/// <param name="DownKbps">Server to phone, in kbit/s (1 kbit = 1,000 bits); 0 means unshaped.</param>
/// <param name="UpKbps">Phone to server, in kbit/s; 0 means unshaped.</param>
/// <param name="RoundTrip">Added as half on the way up and half on the way down.</param>
/// <param name="Loss">
/// Chance that one 1,460-byte packet is lost. Loopback TCP never loses anything, so a loss is played as a
/// stall of that packet (and of everything behind it): one retransmission timeout for the first or last
/// three packets of a message, which no duplicate acknowledgement can repair, otherwise one round trip.
/// </param>
/// <param name="Drops">Chance that an HTTP exchange loses its connection while it is in flight.</param>
public sealed record LinkProfile(string Name, int DownKbps, int UpKbps, TimeSpan RoundTrip, double Loss = 0, double Drops = 0)
{
    /// <summary>The loss DESIGN adds to the profiles (Facebook ATC "2G – Developing Rural", BrowserStack <c>2g-gprs-lossy</c>).</summary>
    public const double DesignLoss = 0.02;

    /// <summary>The dropped connections DESIGN adds to the profiles.</summary>
    public const double DesignDrops = 0.05;

    /// <summary>
    /// The design profile: WebPageTest "Mobile Edge", 240/200 kbit/s, 840 ms
    /// (catchpoint/WebPageTest <c>www/settings/connectivity.ini.sample</c>).
    /// </summary>
    public static LinkProfile Edge { get; } = new("EDGE", 240, 200, TimeSpan.FromMilliseconds(840));

    /// <summary>The stress profile: WebPageTest "Mobile 2G", 35/32 kbit/s, 1,300 ms (same file).</summary>
    public static LinkProfile TwoG { get; } = new("2G", 35, 32, TimeSpan.FromMilliseconds(1300));

    /// <summary>
    /// French offices and urban 4G: Lighthouse's default <c>mobileSlow4G</c>, 1.6 Mbit/s / 750 kbit/s, 150 ms
    /// (GoogleChrome/lighthouse <c>docs/throttling.md</c>; equal to WebPageTest "Mobile 3G - Fast").
    /// </summary>
    public static LinkProfile Slow4G { get; } = new("Slow 4G", 1600, 750, TimeSpan.FromMilliseconds(150));

    /// <summary>No shaping, no delay: the proxy only counts.</summary>
    public static LinkProfile Loopback { get; } = new("loopback", 0, 0, TimeSpan.Zero);

    /// <summary>The same link with other trouble, e.g. <c>Edge.With(loss: DesignLoss, drops: DesignDrops)</c>.</summary>
    public LinkProfile With(double? loss = null, double? drops = null)
    {
        var changed = this with { Loss = loss ?? Loss, Drops = drops ?? Drops };
        if (changed.Loss is < 0 or > 1 || changed.Drops is < 0 or > 1)
            throw new ArgumentOutOfRangeException(loss is null ? nameof(drops) : nameof(loss), "A probability is between 0 and 1.");
        return changed;
    }

    /// <summary>The same link with DESIGN's 2 % loss and 5 % dropped connections.</summary>
    public LinkProfile WithDesignTrouble() => With(DesignLoss, DesignDrops);

    /// <summary>
    /// RFC 6298's retransmission timeout for a first loss: about the round trip plus its variation, never
    /// under 1 s. The variation is taken as 200 ms (performance-anchors §7.3).
    /// </summary>
    public TimeSpan RetransmissionTimeout =>
        RoundTrip + TimeSpan.FromMilliseconds(200) is var timeout && timeout > TimeSpan.FromSeconds(1) ? timeout : TimeSpan.FromSeconds(1);

    /// <summary>
    /// The loss-free time of one exchange as this proxy models it, with no server time: the handshakes of a
    /// new connection, the request's and the response's wire bytes at the link's rates, and one round trip.
    /// A measured time divided by this says what the protocol adds on top of physics.
    /// </summary>
    /// <param name="requestBytes">HTTP bytes of the request (head and body).</param>
    /// <param name="responseBytes">HTTP bytes of the response.</param>
    /// <param name="newConnection">Whether the exchange opens its connection (TCP, and TLS when modelled).</param>
    /// <param name="tls">Whether TLS 1.3 is modelled, as <see cref="LinkProxyOptions.ModelTls"/>.</param>
    public TimeSpan ExchangeFloor(long requestBytes, long responseBytes, bool newConnection, bool tls = true)
    {
        var (roundTrips, wireUp, wireDown) = newConnection ? WireModel.Handshake(tls) : (0, 0L, 0L);
        // Summed per direction before converting to time, as the counters do, so both agree to the tick.
        wireUp += WireModel.MessageWireBytes(requestBytes, tls);
        wireDown += WireModel.MessageWireBytes(responseBytes, tls);
        return (roundTrips + 1) * RoundTrip + TransmissionTime(wireUp, UpKbps) + TransmissionTime(wireDown, DownKbps);
    }

    /// <summary>Time to put <paramref name="wireBytes"/> on a link of <paramref name="kbps"/>; exact in ticks, so sums compare equal.</summary>
    internal static TimeSpan TransmissionTime(long wireBytes, int kbps) =>
        kbps <= 0 ? TimeSpan.Zero : TimeSpan.FromTicks(wireBytes * 8 * TimeSpan.TicksPerSecond / (kbps * 1000L));

    /// <summary>Pretty name for printed figures, e.g. "EDGE 240/200 kbit/s 840 ms, 2 % loss, 5 % drops".</summary>
    public override string ToString()
    {
        var text = DownKbps == 0 && UpKbps == 0 && RoundTrip == TimeSpan.Zero
            ? Name
            : $"{Name} {DownKbps}/{UpKbps} kbit/s {RoundTrip.TotalMilliseconds:0} ms";
        if (Loss > 0)
            text += $", {Loss:0.#%} loss";
        if (Drops > 0)
            text += $", {Drops:0.#%} drops";
        return text;
    }
}
