using System.Text;
using Bottega.Credentials.Features.Administration;
using Xunit;

namespace Bottega.Credentials.Tests.Administration;

public sealed class RecipientCsvTests
{
    private static (IReadOnlyList<RecipientLine>? Lines, string? Error) Read(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        using var stream = new MemoryStream(bytes);
        return RecipientCsv.Read(stream, bytes.Length);
    }

    [Fact]
    public void First_column_is_read_with_either_separator_and_a_header_is_skipped()
    {
        var (lines, error) = Read("E-mail,Nome\na@example.org,A\n\"b@example.org\";B\n\nc@example.org");
        Assert.Null(error);
        Assert.Equal([new(2, "a@example.org"), new(3, "b@example.org"), new(5, "c@example.org")], lines!);
    }

    [Fact]
    public void A_first_line_with_an_address_is_data()
    {
        var (lines, _) = Read("a@example.org\nb@example.org");
        Assert.Equal(2, lines!.Count);
    }

    [Fact]
    public void Oversized_or_empty_files_are_refused_with_a_message()
    {
        using var stream = new MemoryStream();
        Assert.Equal("Il file supera 1 MB.", RecipientCsv.Read(stream, RecipientCsv.MaxBytes + 1).Error);
        Assert.Equal("Il file è vuoto.", RecipientCsv.Read(stream, 0).Error);
        Assert.Equal("Il file non contiene indirizzi e-mail.", Read("email\n\n").Error);
    }

    [Theory]
    [InlineData("Persona@Example.org", "persona@example.org")]
    [InlineData(" a@b.it ", "a@b.it")]
    [InlineData("Nome <a@b.it>", null)]
    [InlineData("a@b", null)]
    [InlineData("non-un-indirizzo", null)]
    public void Addresses_are_normalized_or_rejected(string input, string? expected) => Assert.Equal(expected, RecipientCsv.Normalize(input));
}
