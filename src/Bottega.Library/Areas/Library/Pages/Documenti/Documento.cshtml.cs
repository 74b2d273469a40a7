using Bottega.Library.Features.Documents;
using Bottega.Platform.Hosting;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Bottega.Library.Areas.Library.Pages.Documenti;

/// <summary>
/// A document's page: metadata, versions, preview, related documents, discussions that mention it, "used by",
/// following and comments. Open to visitors for public documents; a document the viewer may not see is a 404.
/// The actions (members only) are checked by the services, since Razor Pages do not authorize handlers one by one.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Public)]
public sealed class DocumentoModel(DocumentPages pages, DocumentFollowing following, DocumentAdoptions adoptions, DocumentComments comments, ITenantContext tenant,
    ICurrentUser user, IStringLocalizer<Strings> localizer) : PageModel
{
    public DocumentView View { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? Refusal { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid documentId, CancellationToken cancellationToken)
    {
        if (await pages.GetAsync(documentId, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }

    public Task<IActionResult> OnPostFollowAsync(Guid documentId, CancellationToken cancellationToken) =>
        ActAsync(documentId, async me => await following.FollowAsync(me, documentId, cancellationToken)
            ? new DocumentResult(documentId, null) : DocumentResult.Refused("Documento non trovato."), "Segui il documento: riceverai un'e-mail a ogni nuova versione.");

    public Task<IActionResult> OnPostUnfollowAsync(Guid documentId, CancellationToken cancellationToken) =>
        ActAsync(documentId, async me =>
        {
            await following.UnfollowAsync(me, documentId, cancellationToken);
            return new DocumentResult(documentId, null);
        }, "Non segui più il documento.");

    public Task<IActionResult> OnPostAdoptAsync(Guid documentId, string? note, CancellationToken cancellationToken) =>
        ActAsync(documentId, me => adoptions.DeclareAsync(me, documentId, note, cancellationToken), "Grazie: il tuo ente risulta tra chi usa il documento, e tu lo segui.");

    public Task<IActionResult> OnPostWithdrawAsync(Guid documentId, CancellationToken cancellationToken) =>
        ActAsync(documentId, me => adoptions.WithdrawAsync(me, documentId, cancellationToken), "La dichiarazione d'uso è stata ritirata.");

    public Task<IActionResult> OnPostCommentAsync(Guid documentId, string? body, CancellationToken cancellationToken) =>
        ActAsync(documentId, me => comments.AddAsync(me, documentId, body, cancellationToken), "Commento pubblicato.");

    public Task<IActionResult> OnPostRemoveCommentAsync(Guid documentId, Guid commentId, CancellationToken cancellationToken) =>
        ActAsync(documentId, me => comments.RemoveAsync(me, commentId, cancellationToken), "Commento rimosso.");

    private async Task<IActionResult> ActAsync(Guid documentId, Func<Guid, Task<DocumentResult>> action, string done)
    {
        if (user.Id is not { } me)
        {
            return Challenge();
        }

        var result = await action(me);
        if (result.Error is { } error)
        {
            if (error.Text == "Documento non trovato.")
            {
                return NotFound();
            }

            Refusal = localizer[error.Text, error.Arguments];
        }
        else
        {
            Message = localizer[done];
        }

        return Redirect($"/reti/{tenant.Network!.Slug}/biblioteca/documenti/{documentId}");
    }
}
