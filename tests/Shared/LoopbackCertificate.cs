using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Cooperation.Testing;

/// <summary>
/// A certificate a test or the benchmark makes for itself, to serve TLS on the loopback address as the Azure ingress
/// serves it to phones, and the one check a client needs to trust it and nothing else. An ECDSA P-256 key, as the
/// production chain should use: its handshake flight is the small one (performance-anchors §6.1).
/// </summary>
public static class LoopbackCertificate
{
    /// <summary>A self-signed server certificate for 127.0.0.1 and localhost, valid for a day, with its private key.</summary>
    public static X509Certificate2 Create()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Cooperation loopback", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        // Exported and loaded again: a certificate with an ephemeral key cannot serve TLS on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), password: null);
    }

    /// <summary>
    /// Accepts exactly <paramref name="pinned"/> (byte for byte) and refuses every other certificate, for one client:
    /// validation stays on for everything else the process connects to.
    /// </summary>
    public static RemoteCertificateValidationCallback Pin(X509Certificate2 pinned) =>
        (_, certificate, _, _) => certificate is not null && certificate.GetRawCertData().AsSpan().SequenceEqual(pinned.RawData);
}
