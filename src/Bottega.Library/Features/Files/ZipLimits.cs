using System.IO.Compression;

namespace Bottega.Library.Features.Files;

/// <summary>
/// How much an Office or OpenDocument file (a zip) may unpack to. Checked on the declared sizes before anything is
/// extracted, then on the bytes really read, because a hostile zip can declare sizes it does not have.
/// </summary>
internal sealed record ZipLimits(int MaxEntries, long MaxUncompressedBytes, int MaxRatio)
{
    // Small XML parts compress far better than the ratio allows; only parts above this size are held to it.
    private const long RatioExemptBytes = 1024 * 1024;

    public static ZipLimits From(LibraryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(options.MaxZipEntries, options.MaxUncompressedMegabytes * 1024L * 1024L, options.MaxCompressionRatio);
    }

    public const string BombMessage = "Il file si espande in modo anomalo una volta decompresso (possibile «zip bomb») e non è stato accettato.";

    /// <summary>Null when the zip is within the limits, otherwise why it is refused.</summary>
    public LibraryMessage? Check(Stream content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries)
            {
                return new LibraryMessage("Il file contiene troppe parti ({0}, al massimo {1}) e non è stato accettato.", zip.Entries.Count, MaxEntries);
            }

            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                declared += entry.Length;
                if (declared > MaxUncompressedBytes || OverRatio(entry.Length, entry.CompressedLength))
                {
                    return new LibraryMessage(BombMessage);
                }
            }

            return ReadAll(zip, ct);
        }
        catch (InvalidDataException)
        {
            return new LibraryMessage("Il file è danneggiato e non può essere letto.");
        }
    }

    /// <summary>A stream over one entry that stops (with <see cref="InvalidDataException"/>) when the entry unpacks beyond the limits.</summary>
    public Stream Open(ZipArchiveEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new LimitedStream(entry.Open(), Math.Min(MaxUncompressedBytes, Allowed(entry.CompressedLength)));
    }

    private LibraryMessage? ReadAll(ZipArchive zip, CancellationToken ct)
    {
        var buffer = new byte[81920];
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            ct.ThrowIfCancellationRequested();
            using var stream = entry.Open();
            long read = 0;
            int n;
            while ((n = stream.Read(buffer)) > 0)
            {
                read += n;
                total += n;
                if (total > MaxUncompressedBytes || OverRatio(read, entry.CompressedLength))
                {
                    return new LibraryMessage(BombMessage);
                }
            }
        }

        return null;
    }

    private bool OverRatio(long uncompressed, long compressed) => uncompressed > RatioExemptBytes && uncompressed > Allowed(compressed);

    private long Allowed(long compressed) => Math.Max(RatioExemptBytes, Math.Max(compressed, 1) * MaxRatio);

    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            read += n;
            if (read > limit)
            {
                throw new InvalidDataException("The entry unpacks beyond the allowed size.");
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
