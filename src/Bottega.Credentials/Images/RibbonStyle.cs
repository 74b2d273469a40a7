namespace Bottega.Credentials.Images;

/// <summary>The ribbon of an award level: its Italian label (the badge is an Italian artefact) and metal colours.</summary>
internal sealed record RibbonStyle(string Label, string Fill, string Shade, string Ink)
{
    public static RibbonStyle For(AwardLevel level) => level switch
    {
        AwardLevel.Gold => new("ORO", "#E2B33C", "#A87F1E", "#2B1E00"),
        AwardLevel.Silver => new("ARGENTO", "#C9CED6", "#8E959F", "#1F2328"),
        _ => new("BRONZO", "#B8743D", "#7E4B22", "#FFFFFF"),
    };
}
