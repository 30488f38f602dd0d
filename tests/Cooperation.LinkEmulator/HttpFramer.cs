using System.Text;

namespace Cooperation.LinkEmulator;

/// <summary>What a <see cref="HttpFramer.Step"/> ended on.</summary>
[Flags]
internal enum FrameEvent
{
    None = 0,
    /// <summary>The start line and headers are complete.</summary>
    HeadComplete = 1,
    /// <summary>The message is complete; the next byte starts another one.</summary>
    MessageEnd = 2,
    /// <summary>The start line was read and is HTTP: a request or response has begun.</summary>
    StartLine = 4,
}

/// <summary>
/// Finds where HTTP/1.1 messages begin and end in one direction of a connection, from the start line,
/// Content-Length and chunked framing (RFC 9112 §6), so the proxy can count requests on keep-alive
/// connections and tell the first and last packets of a response. It never rejects anything: bytes it
/// cannot read (TLS, a WebSocket after an upgrade, a malformed head) turn it opaque and are forwarded as is.
/// </summary>
internal sealed class HttpFramer(bool requests)
{
    private const int MaxHeadBytes = 64 * 1024;
    private const int MaxLineBytes = 8 * 1024;

    private enum State { Idle, Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailer, UntilClose, Opaque }

    private readonly List<byte> _line = [];
    private State _state = State.Idle;
    private bool _startLine;
    private long _remaining;
    private long? _contentLength;
    private bool _chunked;
    private bool _otherCoding;
    private bool _upgrade;
    private bool _opaqueAfterMessage;
    private bool _endsAtHead;

    /// <summary>Bytes of the current message's head, once read.</summary>
    public long HeadLength { get; private set; }

    /// <summary>Head plus body when the head declared the body's length (or it has none); null otherwise.</summary>
    public long? DeclaredLength { get; private set; }

    /// <summary>The request's method (requests only).</summary>
    public string? Method { get; private set; }

    /// <summary>The request's target (requests only).</summary>
    public string? Target { get; private set; }

    /// <summary>The response's status (responses only).</summary>
    public int Status { get; private set; }

    /// <summary>Set before a response: it answers a HEAD request, so it has no body whatever it declares.</summary>
    public bool AnswersHead { get; set; }

    /// <summary>Set before a response: it answers CONNECT, so a 2xx turns the connection into a tunnel.</summary>
    public bool AnswersConnect { get; set; }

    /// <summary>No more HTTP framing: what follows is one stream that ends with the connection.</summary>
    public bool IsOpaque => _state is State.Opaque or State.UntilClose;

    /// <summary>Not HTTP/1.1 (TLS, a tunnel, HTTP/2): only bytes can be counted, never messages.</summary>
    public bool CarriesOtherProtocol => _state == State.Opaque;

    /// <summary>The next byte starts a message.</summary>
    public bool AtMessageStart => _state == State.Idle;

    /// <summary>A message starts with <paramref name="first"/>: unless HTTP can start so, the framer goes opaque.</summary>
    public void BeginMessage(byte first)
    {
        var http = requests ? first is >= (byte)'A' and <= (byte)'Z' : first == (byte)'H';
        if (!http)
            _state = State.Opaque;
    }

    /// <summary>Reads as far as the next event or the end of <paramref name="data"/>.</summary>
    /// <returns>The bytes consumed (all of them belong to the current message) and the event they end on.</returns>
    public (int Consumed, FrameEvent Event) Step(ReadOnlySpan<byte> data)
    {
        var i = 0;
        while (i < data.Length)
        {
            switch (_state)
            {
                case State.Idle:
                    StartMessage();
                    break;
                case State.Head:
                    if (!ReadLine(data, ref i, out var headLine))
                        break;
                    var startLine = _startLine;
                    if (HeadLength > MaxHeadBytes || !HeadLine(headLine))
                    {
                        _state = State.Opaque;
                        return (data.Length, FrameEvent.None);
                    }
                    if (startLine)
                        return (i, FrameEvent.StartLine);
                    if (_state != State.Head)
                        return (i, FrameEvent.HeadComplete | (_endsAtHead ? FrameEvent.MessageEnd : FrameEvent.None));
                    break;
                case State.Body:
                case State.ChunkData:
                    var take = (int)Math.Min(_remaining, data.Length - i);
                    i += take;
                    _remaining -= take;
                    if (_remaining == 0)
                    {
                        if (_state == State.ChunkData)
                            _state = State.ChunkDataEnd;
                        else
                            return (i, EndMessage());
                    }
                    break;
                case State.ChunkSize:
                    if (!ReadLine(data, ref i, out var sizeLine))
                        break;
                    if (!TryChunkSize(sizeLine, out var size))
                    {
                        _state = State.Opaque;
                        return (data.Length, FrameEvent.None);
                    }
                    (_state, _remaining) = size == 0 ? (State.Trailer, 0L) : (State.ChunkData, size);
                    break;
                case State.ChunkDataEnd:
                    if (!ReadLine(data, ref i, out var crlf))
                        break;
                    if (crlf.Length != 0)
                    {
                        _state = State.Opaque;
                        return (data.Length, FrameEvent.None);
                    }
                    _state = State.ChunkSize;
                    break;
                case State.Trailer:
                    if (!ReadLine(data, ref i, out var trailer))
                        break;
                    if (trailer.Length == 0)
                        return (i, EndMessage());
                    break;
                default:
                    return (data.Length, FrameEvent.None);
            }
        }
        return (i, FrameEvent.None);
    }

    private void StartMessage()
    {
        _state = _opaqueAfterMessage ? State.Opaque : State.Head;
        _startLine = true;
        _line.Clear();
        HeadLength = 0;
        DeclaredLength = null;
        _contentLength = null;
        _chunked = _otherCoding = _upgrade = _endsAtHead = false;
        Method = Target = null;
        Status = 0;
    }

    private FrameEvent EndMessage()
    {
        _state = _opaqueAfterMessage ? State.Opaque : State.Idle;
        return FrameEvent.MessageEnd;
    }

    /// <summary>Accumulates one line; true with the line (without CR LF) once its LF is read.</summary>
    private bool ReadLine(ReadOnlySpan<byte> data, ref int i, out byte[] line)
    {
        var newline = data[i..].IndexOf((byte)'\n');
        var end = newline < 0 ? data.Length : i + newline;
        if (_state == State.Head)
            HeadLength += end - i + (newline < 0 ? 0 : 1);
        foreach (var b in data[i..end])
            _line.Add(b);
        i = newline < 0 ? data.Length : end + 1;
        if (newline < 0 || _line.Count > MaxLineBytes)
        {
            line = [];
            if (_line.Count > MaxLineBytes)
                _state = State.Opaque;
            return false;
        }
        if (_line.Count > 0 && _line[^1] == (byte)'\r')
            _line.RemoveAt(_line.Count - 1);
        line = [.. _line];
        _line.Clear();
        return true;
    }

    /// <summary>Takes one line of the head; false when it is not HTTP.</summary>
    private bool HeadLine(byte[] bytes)
    {
        var line = Encoding.Latin1.GetString(bytes);
        if (_startLine)
        {
            _startLine = false;
            var parts = line.Split(' ', 3);
            if (requests)
            {
                if (parts.Length != 3 || !parts[2].StartsWith("HTTP/1.", StringComparison.Ordinal))
                    return false;
                (Method, Target) = (parts[0], parts[1]);
            }
            else
            {
                if (parts.Length < 2 || !parts[0].StartsWith("HTTP/1.", StringComparison.Ordinal) || !int.TryParse(parts[1], out var status))
                    return false;
                Status = status;
            }
            return true;
        }
        if (line.Length == 0)
        {
            EndHead();
            return true;
        }
        var colon = line.IndexOf(':');
        if (colon <= 0)
            return false;
        var name = line[..colon].Trim();
        var value = line[(colon + 1)..].Trim();
        if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
        {
            if (!long.TryParse(value, out var length) || length < 0 || (_contentLength is { } seen && seen != length))
                return false;
            _contentLength = length;
        }
        else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
        {
            var last = value.Split(',')[^1].Trim();
            _chunked = last.Equals("chunked", StringComparison.OrdinalIgnoreCase);
            _otherCoding = !_chunked;
        }
        else if (name.Equals("Upgrade", StringComparison.OrdinalIgnoreCase))
        {
            _upgrade = true;
        }
        return true;
    }

    /// <summary>Decides how the body is framed (RFC 9112 §6.3).</summary>
    private void EndHead()
    {
        if (requests)
        {
            // After CONNECT or an upgrade request, whatever follows is another protocol.
            _opaqueAfterMessage = Method == "CONNECT" || _upgrade;
            if (_otherCoding)
                _state = State.Opaque;
            else if (_chunked)
                _state = State.ChunkSize;
            else
                SetBody(_contentLength ?? 0);
            return;
        }
        if (Status is >= 100 and < 200)
        {
            // An interim answer ends at its head; a 101 hands the connection to another protocol.
            _opaqueAfterMessage = Status == 101;
            SetBody(0);
        }
        else if (AnswersHead || Status is 204 or 304)
        {
            SetBody(0);
        }
        else if (AnswersConnect && Status is >= 200 and < 300)
        {
            _opaqueAfterMessage = true;
            SetBody(0);
        }
        else if (_chunked)
        {
            _state = State.ChunkSize;
        }
        else if (_contentLength is { } length && !_otherCoding)
        {
            SetBody(length);
        }
        else
        {
            _state = State.UntilClose;
        }
    }

    private void SetBody(long length)
    {
        DeclaredLength = HeadLength + length;
        _remaining = length;
        _endsAtHead = length == 0;
        _state = length == 0 ? (_opaqueAfterMessage ? State.Opaque : State.Idle) : State.Body;
    }

    private static bool TryChunkSize(byte[] line, out long size)
    {
        var text = Encoding.Latin1.GetString(line);
        var semicolon = text.IndexOf(';');
        if (semicolon >= 0)
            text = text[..semicolon];
        return long.TryParse(text.Trim(), System.Globalization.NumberStyles.AllowHexSpecifier, null, out size) && size >= 0;
    }
}
