using System.Globalization;

namespace Bottega.Credentials.Images;

/// <summary>An sRGB colour from a network's "#RRGGBB" setting, with the shades and text colour a badge needs.</summary>
internal readonly record struct BadgeColour(byte R, byte G, byte B)
{
    /// <summary>Bootstrap Italia's primary blue, for a network with no (or an unreadable) colour.</summary>
    public static readonly BadgeColour Default = new(0x00, 0x66, 0xCC);

    public static BadgeColour Parse(string? hex)
    {
        var text = hex?.Trim().TrimStart('#') ?? "";
        return text.Length == 6 && uint.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            ? new BadgeColour((byte)(value >> 16), (byte)(value >> 8), (byte)value)
            : Default;
    }

    /// <summary>Mixes towards black (negative <paramref name="amount"/>) or white (positive).</summary>
    public BadgeColour Shade(double amount)
    {
        var target = amount < 0 ? 0 : 255;
        var share = Math.Abs(amount);
        return new BadgeColour(Mix(R, target, share), Mix(G, target, share), Mix(B, target, share));
    }

    /// <summary>WCAG relative luminance, 0 (black) to 1 (white).</summary>
    public double Luminance => (0.2126 * Linear(R)) + (0.7152 * Linear(G)) + (0.0722 * Linear(B));

    /// <summary>White on dark colours, near-black on light ones: whichever contrasts more.</summary>
    public string TextColour => (1.05 / (Luminance + 0.05)) >= ((Luminance + 0.05) / (0.0121 + 0.05)) ? "#FFFFFF" : "#1A1A1A";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"#{R:X2}{G:X2}{B:X2}");

    private static byte Mix(byte channel, int target, double share) => (byte)Math.Round(channel + ((target - channel) * share));

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
