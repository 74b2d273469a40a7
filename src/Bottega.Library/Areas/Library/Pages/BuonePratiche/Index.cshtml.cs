using Bottega.Library.Features.Practices;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Library.Areas.Library.Pages.BuonePratiche;

/// <summary>Published good practices of the network, by region, theme and words, twelve to a page.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class IndexModel(PracticeReading practices) : PageModel
{
    [FromQuery(Name = "regione")]
    public Guid? Region { get; set; }

    [FromQuery(Name = "tema")]
    public string? Theme { get; set; }

    [FromQuery(Name = "q")]
    public string? Text { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PracticeBrowsePage Result { get; private set; } = null!;

    public bool IsAdmin { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await practices.BrowseAsync(new PracticeFilter(Region, Theme, Text?.Length > 200 ? Text[..200] : Text, PageNumber), cancellationToken);
        IsAdmin = (await practices.ActorAsync(cancellationToken)).IsAdmin;
    }
}
