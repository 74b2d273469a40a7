using Bottega.Library.Domain;

namespace Bottega.Library.Features.Practices;

/// <summary>The Italian words for a case's status (keys of the module's resources).</summary>
public static class PracticeStatusLabels
{
    public static string Of(PracticeStatus status) => status switch
    {
        PracticeStatus.Draft => "Bozza",
        PracticeStatus.Submitted => "In attesa di revisione",
        PracticeStatus.Published => "Pubblicata",
        PracticeStatus.Returned => "Da rivedere",
        _ => status.ToString(),
    };
}
