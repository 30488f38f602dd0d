using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Cooperation.Silo.Storage.LocalDisk;

/// <summary>
/// One grain state record on disk: its ETag on the first line, then the serializer's bytes (System.Text.Json here),
/// so <c>tail -n +2</c> shows the state as JSON. Empty content after the ETag is a record cleared but kept.
/// </summary>
/// <remarks>
/// The ETag is a version, not a hash of the content: <c>{number}-{random}</c>, the number one more than the replaced
/// record's, the random part new at every write. Writing A, then B, then A again gives three ETags, so whoever still
/// holds the first cannot overwrite the third; a record deleted and created again never repeats an earlier ETag.
/// </remarks>
internal readonly record struct RecordFile(string ETag, ReadOnlyMemory<byte> Content)
{
    // An ETag is a few dozen ASCII characters; a file without a line break this early is not one of ours.
    private const int MaxHeaderLength = 128;

    /// <summary>The record at <paramref name="path"/>, or null when there is none.</summary>
    /// <exception cref="InvalidDataException">The file is not a record written by this store.</exception>
    public static RecordFile? Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        var end = bytes.AsSpan(0, Math.Min(bytes.Length, MaxHeaderLength)).IndexOf((byte)'\n');
        if (end <= 0)
            throw new InvalidDataException($"'{path}' is not a grain state record: it does not start with an ETag line.");
        return new RecordFile(Encoding.ASCII.GetString(bytes, 0, end), bytes.AsMemory(end + 1));
    }

    /// <summary>The ETag of <paramref name="path"/>'s record, or null when there is none; reads the first line only.</summary>
    public static string? ETagOf(string path)
    {
        Span<byte> header = stackalloc byte[MaxHeaderLength];
        int length;
        try
        {
            using var file = File.OpenHandle(path);
            length = RandomAccess.Read(file, header, fileOffset: 0);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        var end = header[..length].IndexOf((byte)'\n');
        if (end <= 0)
            throw new InvalidDataException($"'{path}' is not a grain state record: it does not start with an ETag line.");
        return Encoding.ASCII.GetString(header[..end]);
    }

    /// <summary>Durably replaces the record at <paramref name="path"/>.</summary>
    public static void Write(string path, string etag, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        DurableFiles.Replace(path, stream =>
        {
            stream.Write(Encoding.ASCII.GetBytes(etag + "\n"));
            stream.Write(content.Span);
        }, cancellationToken);

    /// <summary>The ETag of the version that replaces <paramref name="current"/> (none: a new record).</summary>
    public static string NextETag(string? current)
    {
        var dash = current?.IndexOf('-') ?? -1;
        var version = dash > 0 && long.TryParse(current.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
        return $"{version + 1}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}";
    }
}
