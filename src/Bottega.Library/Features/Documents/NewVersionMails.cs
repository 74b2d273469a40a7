using System.Net;
using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Platform.Email;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bottega.Library.Features.Documents;

/// <summary>
/// Tells a document's followers (still active members, the uploader aside) of a new version, with its note and a link.
/// Sent after the version is committed; a mail that fails is logged and does not undo the upload.
/// </summary>
internal sealed partial class NewVersionMails(LibraryDbContext db, INetworkPeople people, IMailer mailer, ITenantContext tenant, IOptions<LibraryOptions> options,
    ILogger<NewVersionMails> logger)
{
    public async Task<int> SendAsync(LibraryDocument document, DocumentVersion version, CancellationToken ct)
    {
        if (tenant.Network is not { } network)
        {
            return 0;
        }

        var followers = await db.Followers.AsNoTracking().Where(f => f.DocumentId == document.Id && f.PersonId != version.UploadedBy)
            .Select(f => f.PersonId).ToListAsync(ct);
        if (followers.Count == 0)
        {
            return 0;
        }

        var link = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/reti/{network.Slug}/biblioteca/documenti/{document.Id}";
        var subject = $"Nuova versione: {document.Title}";
        var note = version.Note ?? "(nessuna nota)";
        var text = $"È disponibile la versione {version.Number} del documento «{document.Title}» nella biblioteca di {network.Name}.\n\nCosa è cambiato: {note}\n\n{link}\n\nRicevi questo messaggio perché segui il documento; puoi smettere di seguirlo dalla sua pagina.";
        var html = $"<p>È disponibile la versione {version.Number} del documento <strong>{WebUtility.HtmlEncode(document.Title)}</strong> nella biblioteca di {WebUtility.HtmlEncode(network.Name)}.</p>"
            + $"<p>Cosa è cambiato: {WebUtility.HtmlEncode(note)}</p><p><a href=\"{WebUtility.HtmlEncode(link)}\">Apri il documento</a></p>"
            + "<p>Ricevi questo messaggio perché segui il documento; puoi smettere di seguirlo dalla sua pagina.</p>";
        var sent = 0;
        foreach (var member in await people.ActiveMembersAsync(network.Id, followers, ct))
        {
            try
            {
                await mailer.SendAsync(new MailMessage(member.Email, subject, html, text), ct);
                sent++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailure(logger, exception, document.Id);
            }
        }

        return sent;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A new-version mail of library document {DocumentId} could not be sent")]
    private static partial void LogFailure(ILogger logger, Exception exception, Guid documentId);
}
