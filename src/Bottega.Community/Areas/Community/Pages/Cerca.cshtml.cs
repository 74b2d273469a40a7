using Bottega.Community.Features.Search;
using Bottega.Platform.Paging;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bottega.Community.Areas.Community.Pages;

/// <summary>Full-text search of the community with its filters; 20 topics per page, each once, words highlighted.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class CercaModel(CommunitySearch search, IStringLocalizer<Strings> text) : PageModel
{
    public CommunitySearchPage Result { get; private set; } = CommunitySearchPage.Empty;

    public PagerModel Pager { get; private set; } = null!;

    public IReadOnlyList<Features.Spaces.SpaceLink> Spaces { get; private set; } = [];

    public string? Q { get; private set; }

    public string? Space { get; private set; }

    public string? TagSlug { get; private set; }

    /// <summary>"si", "no" or empty.</summary>
    public string? Answered { get; private set; }

    /// <summary>"io" for the person's own posts, otherwise empty.</summary>
    public string? Who { get; private set; }

    public string? AuthorEmail { get; private set; }

    public DateOnly? From { get; private set; }

    public DateOnly? To { get; private set; }

    public string Network => (string)RouteData.Values["network"]!;

    public async Task OnGetAsync(string? q, string? spazio, string? tag, string? risposta, string? autore, string? email, Guid? autoreId,
        DateOnly? dal, DateOnly? al, int page = 1, CancellationToken cancellationToken = default)
    {
        (Q, Space, TagSlug, Who, AuthorEmail, From, To) = (q?.Trim(), Empty(spazio), Empty(tag), autore == "io" ? "io" : null, Empty(email), dal, al);
        Answered = risposta is "si" or "no" ? risposta : null;
        if (ModelState.GetFieldValidationState("dal") == ModelValidationState.Invalid || ModelState.GetFieldValidationState("al") == ModelValidationState.Invalid)
        {
            ModelState.AddModelError(string.Empty, text["Controlla le date: il formato è gg/mm/aaaa."]);
        }
        else if (!string.IsNullOrWhiteSpace(Q))
        {
            Result = await search.SearchAsync(new CommunitySearchQuery(Q, Space, TagSlug, Answered switch { "si" => true, "no" => false, _ => null },
                autoreId, Who == "io", AuthorEmail, From, To, page), cancellationToken);
            if (Result.Error is { } error)
            {
                ModelState.AddModelError(string.Empty, text[error]);
            }
        }

        Spaces = await search.SpacesAsync(cancellationToken);
        Pager = PagerModel.From(Request, Result.Page, Result.PageCount, Result.Total);
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
