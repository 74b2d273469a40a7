namespace Bottega.Library.Features.Prizes;

/// <summary>A case submitted to a call, written like a good practice (pages bind it; the demo seed fills it).</summary>
public sealed class PrizeEntryForm
{
    public Guid? CategoryId { get; set; }

    /// <summary>The member's own organization (the only one they may submit for).</summary>
    public Guid? OrganizationId { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? Problem { get; set; }

    public string? Solution { get; set; }

    /// <summary>Results with figures (Markdown).</summary>
    public string? Results { get; set; }

    public string? Costs { get; set; }

    public string? Contacts { get; set; }

    /// <summary>Theme key, as good practices use it.</summary>
    public string? Theme { get; set; }
}
