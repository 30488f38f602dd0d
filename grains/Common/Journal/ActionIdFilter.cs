using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Cooperation.Grains.Common.Journal;

/// <summary>
/// A Bloom filter of the action ids sealed in a <see cref="ReceiptJournal{TReceipt}"/>: "no" is certain, so a new id
/// costs no storage read; "maybe" sends the journal to its segments.
/// </summary>
/// <remarks>
/// Fixed at 32 KB and 7 probes: about one false "maybe" in 25,000 new ids after 10,000 sealed actions, one in a
/// hundred after 27,000; past that it only costs reads, never a wrong answer. Probes come from the id's SHA-256,
/// stable across processes and versions, since the filter is stored.
/// </remarks>
[GenerateSerializer]
public sealed class ActionIdFilter
{
    private const int Bytes = 32 * 1024;
    private const int Probes = 7;

    [Id(0)] public byte[] Bits { get; set; } = new byte[Bytes];

    public void Add(string clientMutationId)
    {
        foreach (var bit in BitsOf(clientMutationId))
            Bits[bit >> 3] |= (byte)(1 << (bit & 7));
    }

    public bool MayContain(string clientMutationId)
    {
        foreach (var bit in BitsOf(clientMutationId))
            if ((Bits[bit >> 3] & (1 << (bit & 7))) == 0)
                return false;
        return true;
    }

    private int[] BitsOf(string clientMutationId)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(clientMutationId), hash);
        var bits = new int[Probes];
        var size = (uint)Bits.Length * 8;
        for (var i = 0; i < Probes; i++)
            bits[i] = (int)(BinaryPrimitives.ReadUInt32LittleEndian(hash[(i * 4)..]) % size);
        return bits;
    }
}
