namespace Bottega.Credentials.Proofs;

/// <summary>Base58 with the Bitcoin alphabet, as multibase "z" uses it.</summary>
internal static class Base58Btc
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private const int MaxEncodedLength = 4096;

    public static string Encode(ReadOnlySpan<byte> data)
    {
        var zeros = 0;
        while (zeros < data.Length && data[zeros] == 0)
        {
            zeros++;
        }

        // Base 256 to base 58, digit by digit (little-endian in "digits").
        var digits = new List<byte>(data.Length * 138 / 100 + 1);
        for (var i = zeros; i < data.Length; i++)
        {
            var carry = (int)data[i];
            for (var j = 0; j < digits.Count; j++)
            {
                carry += digits[j] << 8;
                digits[j] = (byte)(carry % 58);
                carry /= 58;
            }

            while (carry > 0)
            {
                digits.Add((byte)(carry % 58));
                carry /= 58;
            }
        }

        var chars = new char[zeros + digits.Count];
        for (var i = 0; i < zeros; i++)
        {
            chars[i] = '1';
        }

        for (var i = 0; i < digits.Count; i++)
        {
            chars[zeros + i] = Alphabet[digits[digits.Count - 1 - i]];
        }

        return new string(chars);
    }

    public static bool TryDecode(string text, out byte[] data)
    {
        data = [];
        if (text.Length > MaxEncodedLength)
        {
            return false;
        }

        var zeros = 0;
        while (zeros < text.Length && text[zeros] == '1')
        {
            zeros++;
        }

        var bytes = new List<byte>(text.Length);
        for (var i = zeros; i < text.Length; i++)
        {
            var carry = Alphabet.IndexOf(text[i], StringComparison.Ordinal);
            if (carry < 0)
            {
                return false;
            }

            for (var j = 0; j < bytes.Count; j++)
            {
                carry += bytes[j] * 58;
                bytes[j] = (byte)(carry & 0xFF);
                carry >>= 8;
            }

            while (carry > 0)
            {
                bytes.Add((byte)(carry & 0xFF));
                carry >>= 8;
            }
        }

        data = new byte[zeros + bytes.Count];
        for (var i = 0; i < bytes.Count; i++)
        {
            data[zeros + i] = bytes[bytes.Count - 1 - i];
        }

        return true;
    }
}
