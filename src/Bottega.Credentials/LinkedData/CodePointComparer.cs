namespace Bottega.Credentials.LinkedData;

/// <summary>
/// Orders strings by Unicode code point, as RDFC-1.0 requires. Ordinal comparison of UTF-16 differs only when a
/// surrogate pair meets a character between U+E000 and U+FFFF, so those are shifted before comparing.
/// </summary>
internal sealed class CodePointComparer : IComparer<string>
{
    public static readonly CodePointComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            var a = x[i];
            var b = y[i];
            if (a != b)
            {
                return Weight(a) - Weight(b);
            }
        }

        return x.Length - y.Length;
    }

    private static int Weight(char c) => c switch
    {
        >= '\uE000' => c - 0x800,
        >= '\uD800' => c + 0x2000,
        _ => c,
    };
}
