using System.Buffers.Binary;
using System.Text;
using Bottega.Credentials.Baking;
using SkiaSharp;
using Xunit;

namespace Bottega.Credentials.Tests.Baking;

public sealed class PngBakerTests
{
    private const string Assertion = """{"@context":"https://w3id.org/openbadges/v2","type":"Assertion","id":"https://bottega.example/a/1"}""";
    private const string Jws = "eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJl";

    [Fact]
    public void Baked_assertion_reads_back_and_the_image_still_decodes()
    {
        var baked = PngBaker.Bake(TestPng.Create(), BakedKeywords.OpenBadges, Assertion);

        Assert.True(baked.Succeeded, baked.Failure);
        var read = PngBaker.Read(baked.Image!, BakedKeywords.OpenBadges);
        Assert.Equal(BakedPayloadStatus.Found, read.Status);
        Assert.Equal(Assertion, read.Payload);
        using var bitmap = SKBitmap.Decode(baked.Image);
        Assert.Equal(4, bitmap.Width);
    }

    [Fact]
    public void Open_badges_2_and_3_payloads_live_side_by_side_under_their_keywords()
    {
        var png = PngBaker.Bake(TestPng.Create(), BakedKeywords.OpenBadges, "https://bottega.example/a/1").Image!;
        png = PngBaker.Bake(png, BakedKeywords.OpenBadgeCredential, Jws).Image!;

        Assert.Equal("https://bottega.example/a/1", PngBaker.Read(png, BakedKeywords.OpenBadges).Payload);
        Assert.Equal(Jws, PngBaker.Read(png, BakedKeywords.OpenBadgeCredential).Payload);
    }

    [Fact]
    public void Baking_again_replaces_the_chunk_instead_of_adding_a_second()
    {
        var once = PngBaker.Bake(TestPng.Create(), BakedKeywords.OpenBadgeCredential, "{\"v\":1}").Image!;
        var twice = PngBaker.Bake(once, BakedKeywords.OpenBadgeCredential, "{\"v\":2}").Image!;

        Assert.Equal(1, TestPng.CountChunks(twice, "iTXt"));
        Assert.Equal("{\"v\":2}", PngBaker.Read(twice, BakedKeywords.OpenBadgeCredential).Payload);
    }

    [Fact]
    public void Chunk_is_inserted_before_IEND_uncompressed_with_a_correct_crc()
    {
        var png = PngBaker.Bake(TestPng.Create(), BakedKeywords.OpenBadges, "àèìòù €").Image!;

        var textStart = png.Length - 12 - 4 - Encoding.UTF8.GetByteCount("àèìòù €");
        Assert.Equal("àèìòù €", Encoding.UTF8.GetString(png, textStart, png.Length - 16 - textStart));
        Assert.Equal("IEND", Encoding.ASCII.GetString(png, png.Length - 8, 4));
        Assert.Equal(0, png[textStart - 4]);
    }

    [Fact]
    public void Plain_image_reads_as_absent()
    {
        var read = PngBaker.Read(TestPng.Create(), BakedKeywords.OpenBadges);

        Assert.Equal(BakedPayloadStatus.Absent, read.Status);
        Assert.Equal(BakingFailures.NoChunk, read.Failure);
    }

    [Fact]
    public void Executable_renamed_png_is_not_a_png()
    {
        byte[] elf = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0];

        Assert.Equal(BakingFailures.NotPng, PngBaker.Read(elf, BakedKeywords.OpenBadges).Failure);
        Assert.Equal(BakingFailures.NotPng, PngBaker.Bake(elf, BakedKeywords.OpenBadges, Assertion).Failure);
    }

    [Fact]
    public void Chunk_with_a_wrong_crc_is_refused()
    {
        var png = PngBaker.Bake(TestPng.Create(), BakedKeywords.OpenBadges, Assertion).Image!;
        png[^20] ^= 0x20;

        var read = PngBaker.Read(png, BakedKeywords.OpenBadges);

        Assert.Equal(BakedPayloadStatus.Invalid, read.Status);
        Assert.Equal(BakingFailures.BadChecksum, read.Failure);
    }

    [Theory]
    [InlineData(0x7FFFFFFFu)]
    [InlineData(0xFFFFFFFFu)]
    [InlineData(100u)]
    public void Declared_length_past_the_end_is_refused(uint declared)
    {
        var png = TestPng.Create();
        var forged = TestPng.InsertBeforeEnd(png, TestPng.Chunk("iTXt", TestPng.ITxtData("openbadges", 0, "x"u8.ToArray())));
        BinaryPrimitives.WriteUInt32BigEndian(forged.AsSpan(png.Length - 12), declared);

        Assert.Equal(BakingFailures.LengthPastEnd, PngBaker.Read(forged, BakedKeywords.OpenBadges).Failure);
    }

    [Fact]
    public void Truncated_file_is_refused()
    {
        var png = PngBaker.Bake(TestPng.Create(), BakedKeywords.OpenBadges, Assertion).Image!;

        for (var length = 1; length < png.Length; length += 7)
        {
            var read = PngBaker.Read(png[..length], BakedKeywords.OpenBadges);
            Assert.Equal(BakedPayloadStatus.Invalid, read.Status);
        }
    }

    [Fact]
    public void Compressed_flag_with_junk_is_a_verdict_not_an_exception()
    {
        var junk = TestPng.ITxtData("openbadges", 1, [0xDE, 0xAD, 0xBE, 0xEF, 0x00, 0x13]);
        var forged = TestPng.InsertBeforeEnd(TestPng.Create(), TestPng.Chunk("iTXt", junk));

        Assert.Equal(BakingFailures.Compressed, PngBaker.Read(forged, BakedKeywords.OpenBadges).Failure);
    }

    [Fact]
    public void Two_openbadges_chunks_are_refused_on_read_and_collapsed_on_bake()
    {
        var chunk = TestPng.Chunk("iTXt", TestPng.ITxtData("openbadges", 0, "https://a.example/1"u8.ToArray()));
        var forged = TestPng.InsertBeforeEnd(TestPng.InsertBeforeEnd(TestPng.Create(), chunk), chunk);

        Assert.Equal(BakingFailures.DuplicateChunk, PngBaker.Read(forged, BakedKeywords.OpenBadges).Failure);
        var rebaked = PngBaker.Bake(forged, BakedKeywords.OpenBadges, "https://a.example/2").Image!;
        Assert.Equal("https://a.example/2", PngBaker.Read(rebaked, BakedKeywords.OpenBadges).Payload);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'o', (byte)'p', (byte)'e', (byte)'n', (byte)'b', (byte)'a', (byte)'d', (byte)'g', (byte)'e', (byte)'s', 0 })]
    [InlineData(new byte[] { (byte)'o', (byte)'p', (byte)'e', (byte)'n', (byte)'b', (byte)'a', (byte)'d', (byte)'g', (byte)'e', (byte)'s', 0, 0, 7 })]
    [InlineData(new byte[] { (byte)'o', (byte)'p', (byte)'e', (byte)'n', (byte)'b', (byte)'a', (byte)'d', (byte)'g', (byte)'e', (byte)'s', 0, 0, 0, (byte)'i', (byte)'t' })]
    public void Malformed_itxt_data_is_refused(byte[] data)
    {
        var forged = TestPng.InsertBeforeEnd(TestPng.Create(), TestPng.Chunk("iTXt", data));

        var read = PngBaker.Read(forged, BakedKeywords.OpenBadges);

        Assert.Equal(BakedPayloadStatus.Invalid, read.Status);
        Assert.Equal(BakingFailures.MalformedText, read.Failure);
    }

    [Fact]
    public void Text_that_is_not_utf8_is_refused()
    {
        var forged = TestPng.InsertBeforeEnd(TestPng.Create(), TestPng.Chunk("iTXt", TestPng.ITxtData("openbadges", 0, [0xC3, 0x28])));

        Assert.Equal(BakingFailures.PayloadNotUtf8, PngBaker.Read(forged, BakedKeywords.OpenBadges).Failure);
    }

    [Fact]
    public void Payload_over_one_megabyte_is_refused_both_ways()
    {
        var huge = new string('a', BakingLimits.MaxPayloadBytes + 1);
        var forged = TestPng.InsertBeforeEnd(TestPng.Create(), TestPng.Chunk("iTXt", TestPng.ITxtData("openbadges", 0, Encoding.ASCII.GetBytes(huge))));

        Assert.Equal(BakingFailures.PayloadTooLarge, PngBaker.Bake(TestPng.Create(), BakedKeywords.OpenBadges, huge).Failure);
        Assert.Equal(BakingFailures.PayloadTooLarge, PngBaker.Read(forged, BakedKeywords.OpenBadges).Failure);
    }

    [Fact]
    public void Image_over_ten_megabytes_is_refused_before_parsing()
    {
        var huge = new byte[BakingLimits.MaxImageBytes + 1];
        PngFile.Signature.CopyTo(huge);

        Assert.Equal(BakingFailures.TooLarge, PngBaker.Read(huge, BakedKeywords.OpenBadges).Failure);
    }

    [Fact]
    public void Too_many_chunks_are_refused()
    {
        var png = TestPng.Create();
        var filler = TestPng.Chunk("tEXt", "a\0b"u8.ToArray());
        var many = png[..^12].Concat(Enumerable.Range(0, BakingLimits.MaxPngChunks).SelectMany(_ => filler)).Concat(png[^12..]).ToArray();

        Assert.Equal(BakingFailures.TooManyChunks, PngBaker.Read(many, BakedKeywords.OpenBadges).Failure);
    }

    [Fact]
    public void Data_after_IEND_is_refused()
    {
        byte[] png = [.. TestPng.Create(), .. "MZ"u8];

        Assert.Equal(BakingFailures.DataAfterEnd, PngBaker.Read(png, BakedKeywords.OpenBadges).Failure);
    }

    [Fact]
    public void Random_bytes_after_the_signature_always_give_a_verdict()
    {
        var random = new Random(42);
        for (var i = 0; i < 500; i++)
        {
            var bytes = new byte[random.Next(8, 400)];
            random.NextBytes(bytes);
            PngFile.Signature.CopyTo(bytes);

            Assert.Equal(BakedPayloadStatus.Invalid, PngBaker.Read(bytes, BakedKeywords.OpenBadges).Status);
        }
    }

    [Fact]
    public async Task Reading_a_stream_stops_at_the_size_limit()
    {
        using var stream = new MemoryStream(new byte[BakingLimits.MaxImageBytes + 10]);

        var read = await PngBaker.ReadAsync(stream, BakedKeywords.OpenBadges, CancellationToken.None);

        Assert.Equal(BakingFailures.TooLarge, read.Failure);
    }
}
