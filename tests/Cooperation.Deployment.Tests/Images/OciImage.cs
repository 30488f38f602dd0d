using System.Text.Json.Nodes;

namespace Cooperation.Deployment.Tests.Images;

/// <summary>What a container runtime reads from an image's config: how to start it, as whom, on which ports.</summary>
public sealed record ImageConfig(
    IReadOnlyList<string> Entrypoint,
    string User,
    string WorkingDir,
    IReadOnlyList<string> ExposedPorts,
    IReadOnlyDictionary<string, string> Environment);

/// <summary>
/// One image of an OCI image layout (the folder <c>scripts/images.sh</c> writes): its config and the compressed size
/// of its layers, read from <c>index.json</c>, the manifest and the config blob as a registry would serve them.
/// </summary>
public sealed class OciImage
{
    private OciImage(string layout, ImageConfig config, IReadOnlyList<long> layerSizes)
    {
        Layout = layout;
        Config = config;
        LayerSizes = layerSizes;
    }

    public string Layout { get; }

    public ImageConfig Config { get; }

    /// <summary>Each layer's bytes as pushed (gzip), base first.</summary>
    public IReadOnlyList<long> LayerSizes { get; }

    /// <summary>What a registry stores and a node downloads for this image.</summary>
    public long CompressedSize => LayerSizes.Sum();

    public static OciImage Read(string layout)
    {
        var index = ReadJson(Path.Combine(layout, "index.json"));
        var manifest = ReadBlob(layout, index.Get("manifests").AsArray()[0]!.Text("digest"));
        var config = ReadBlob(layout, manifest.Text("config", "digest")).Get("config").AsObject();
        var layers = manifest.Get("layers").AsArray().Select(layer => layer!["size"]!.GetValue<long>()).ToList();
        return new OciImage(layout, new ImageConfig(
            Strings(config["Entrypoint"]),
            config["User"]?.GetValue<string>() ?? "",
            config["WorkingDir"]?.GetValue<string>() ?? "",
            (config["ExposedPorts"]?.AsObject().Select(port => port.Key) ?? []).ToList(),
            Strings(config["Env"]).Select(pair => pair.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1])), layers);
    }

    private static JsonObject ReadBlob(string layout, string digest) =>
        ReadJson(Path.Combine(layout, "blobs", "sha256", digest["sha256:".Length..]));

    private static JsonObject ReadJson(string path) => JsonNode.Parse(File.ReadAllText(path))!.AsObject();

    private static List<string> Strings(JsonNode? array) =>
        (array?.AsArray().Select(item => item!.GetValue<string>()) ?? []).ToList();
}
