using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.FileProviders;

namespace Cooperation.GraphQL.Http;

/// <summary>
/// The Content-Security-Policy of the web client's page: its own inline script and styles by SHA-256 hash (never
/// <c>'unsafe-inline'</c>: an injected script or style runs nowhere), everything else from this origin only, and no
/// framing. The hashes are read from the <c>index.html</c> the API serves, when it starts and again whenever the file
/// changes (a new <c>npm run build</c> under a running server).
/// </summary>
/// <remarks>
/// <para>Directives, each for what the app does: <c>script-src 'self'</c> the screens' chunks loaded on demand and the
/// service worker; <c>connect-src 'self'</c> GraphQL, the photo blocks, the exports; <c>img-src 'self' blob: data:</c>
/// the icons (the page's is a <c>data:</c> URL), photos and files made on the phone; <c>worker-src</c> and
/// <c>manifest-src 'self'</c> the service worker and the web manifest; <c>form-action 'self'</c> forms (all handled by
/// script); <c>frame-ancestors 'none'</c> no other site may frame it (a framed « Tout reçu » could be tapped through a
/// decoy); nothing else (<c>default-src 'none'</c>, <c>base-uri 'none'</c>, <c>object-src 'none'</c>).</para>
/// <para>Styles a screen adds at run time are constructed style sheets (<c>web-client/src/dom.ts</c>), which the
/// policy does not govern.</para>
/// </remarks>
public sealed partial class ContentSecurityPolicy(IFileProvider? webClient)
{
    /// <summary>
    /// For files (CSV, photos, exports): nothing may run, load or frame them, should one ever be opened as a page; the
    /// sandbox gives such a page no origin, no script and no form.
    /// </summary>
    public const string ForData = "default-src 'none'; frame-ancestors 'none'; sandbox";

    private const string PageFile = "index.html";

    private readonly Lock _lock = new();
    private (DateTimeOffset Modified, long Length, string Policy)? _page;

    /// <summary>The page's policy, for the page itself and for the scripts (the service worker's own policy is its script's).</summary>
    public string ForPage()
    {
        var file = webClient?.GetFileInfo(PageFile);
        if (file is not { Exists: true })
            return Build([], []);
        lock (_lock)
        {
            if (_page is not { } known || known.Modified != file.LastModified || known.Length != file.Length)
            {
                using var stream = file.CreateReadStream();
                using var reader = new StreamReader(stream, Encoding.UTF8);
                var (scripts, styles) = InlineHashes(reader.ReadToEnd());
                _page = known = (file.LastModified, file.Length, Build(scripts, styles));
            }
            return known.Policy;
        }
    }

    /// <summary>The policy allowing exactly these inline scripts and styles (hash sources, <c>'sha256-…'</c>).</summary>
    public static string Build(IReadOnlyCollection<string> scriptHashes, IReadOnlyCollection<string> styleHashes) =>
        "default-src 'none'; "
        + $"script-src 'self'{string.Concat(scriptHashes.Select(h => $" '{h}'"))}; "
        + (styleHashes.Count == 0 ? "style-src 'none'; " : $"style-src{string.Concat(styleHashes.Select(h => $" '{h}'"))}; ")
        + "img-src 'self' blob: data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; "
        + "form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

    /// <summary>
    /// The hash sources of a page's inline <c>&lt;script&gt;</c> (those without <c>src</c>) and <c>&lt;style&gt;</c>
    /// elements: SHA-256 of each element's text as the browser reads it (UTF-8, line ends made LF by the HTML parser).
    /// </summary>
    public static (IReadOnlyList<string> Scripts, IReadOnlyList<string> Styles) InlineHashes(string html)
    {
        var scripts = new List<string>();
        var styles = new List<string>();
        // Elements in document order, each match past the previous one: a "<style" inside a script's text is not a style.
        foreach (Match element in InlineElement().Matches(html))
        {
            var isScript = element.Groups["tag"].Value.Equals("script", StringComparison.OrdinalIgnoreCase);
            if (isScript && SourceAttribute().IsMatch(element.Groups["attributes"].Value))
                continue;
            var text = element.Groups["text"].Value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
            (isScript ? scripts : styles).Add("sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
        }
        return (scripts, styles);
    }

    [GeneratedRegex(@"<(?<tag>script|style)\b(?<attributes>[^>]*)>(?<text>.*?)</\k<tag>\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex InlineElement();

    [GeneratedRegex(@"\bsrc\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex SourceAttribute();
}
