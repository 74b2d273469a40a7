using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Community.Features.Posts;
using Bottega.Platform.Files;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bottega.Community.Features.Attachments;

/// <summary>An upload as saved, or why it was refused.</summary>
public sealed record UploadResult(Guid? AttachmentId, string FileName, bool IsImage, string? Error, IReadOnlyList<object> Arguments);

/// <summary>A file to send to a reader.</summary>
public sealed record AttachmentFile(Stream Content, string ContentType, string FileName, bool IsImage);

/// <summary>
/// Files for posts: uploaded from the editor before the post exists (linked when it is saved), checked by content,
/// stored under keys of the file store, served only to people who may read the post. Uploads never attached to a
/// post are left behind; a clean-up of those older than a day is still to be written.
/// </summary>
public sealed class PostAttachments
{
    public static readonly IReadOnlyList<FileKind> Allowed =
        [FileKinds.Png, FileKinds.Jpeg, FileKinds.Gif, FileKinds.WebP, FileKinds.Pdf, FileKinds.Docx, FileKinds.Xlsx, FileKinds.Odt, FileKinds.Ods, FileKinds.Text, FileKinds.Csv];

    private static readonly HashSet<FileKind> Images = [FileKinds.Png, FileKinds.Jpeg, FileKinds.Gif, FileKinds.WebP];

    private readonly CommunityDbContext db;
    private readonly TimeProvider time;
    private readonly ICurrentUser user;
    private readonly ITenantContext tenant;
    private readonly SpacePermissions permissions;
    private readonly IFileStore files;
    private readonly CommunityOptions options;

    internal PostAttachments(CommunityDbContext db, TimeProvider time, ICurrentUser user, ITenantContext tenant, SpacePermissions permissions, IFileStore files,
        IOptions<CommunityOptions> options)
    {
        this.db = db;
        this.time = time;
        this.user = user;
        this.tenant = tenant;
        this.permissions = permissions;
        this.files = files;
        this.options = options.Value;
    }

    public long MaxBytes => options.MaxAttachmentMegabytes * 1024L * 1024L;

    public async Task<UploadResult> UploadAsync(string fileName, Stream content, long length, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var me = user.Id ?? throw new InvalidOperationException("Not signed in.");
        var networkId = tenant.NetworkId ?? throw new InvalidOperationException("No network.");
        var name = Path.GetFileName(fileName ?? "").Trim();
        if (length <= 0 || name.Length == 0)
        {
            return Refuse(name, "Il file è vuoto.");
        }

        if (length > MaxBytes)
        {
            return Refuse(name, "«{0}» è troppo grande: al massimo {1} MB.", name, options.MaxAttachmentMegabytes);
        }

        await using var seekable = content.CanSeek ? null : new MemoryStream();
        if (seekable is not null)
        {
            await content.CopyToAsync(seekable, ct);
            seekable.Position = 0;
        }

        var stream = seekable ?? content;
        var kind = FileKinds.Detect(name, stream, Allowed);
        if (kind is null)
        {
            return Refuse(name, "«{0}» non è un tipo di file ammesso o il contenuto non corrisponde all'estensione (immagini PNG, JPEG, GIF, WebP; documenti PDF, DOCX, XLSX, ODT, ODS, TXT, CSV).", name);
        }

        var key = await files.SaveAsync(stream, ct);
        var shortName = name.Length > 255 ? name[^255..] : name;
        var attachment = Attachment.Create(networkId, me, key, shortName, kind.ContentType, length, Images.Contains(kind), time.GetUtcNow().UtcDateTime);
        db.Attachments.Add(attachment);
        await db.SaveChangesAsync(ct);
        return new UploadResult(attachment.Id, shortName, attachment.IsImage, null, []);
    }

    /// <summary>The file, if the person may read the post it belongs to (or uploaded it and has not posted it yet); otherwise null.</summary>
    public async Task<AttachmentFile?> OpenAsync(Guid attachmentId, CancellationToken ct)
    {
        var me = user.Id;
        var attachment = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId, ct);
        if (attachment is null)
        {
            return null;
        }

        if (attachment.PostId is not { } postId)
        {
            return attachment.UploaderId == me ? await ContentAsync(attachment, ct) : null;
        }

        var found = await TopicAccess.PostAsync(db, permissions, postId, track: false, ct);
        var readable = found is { } f && f.Place.CanSee(me) && f.Place.CanSee(f.Post, me) && (f.Post.Visibility != Visibility.Deleted || f.Place.Rights.CanModerate);
        return readable ? await ContentAsync(attachment, ct) : null;
    }

    private async Task<AttachmentFile?> ContentAsync(Attachment attachment, CancellationToken ct)
    {
        var stream = await files.OpenAsync(attachment.FileKey, ct);
        return stream is null ? null : new AttachmentFile(stream, attachment.ContentType, attachment.FileName, attachment.IsImage);
    }

    private static UploadResult Refuse(string name, string error, params object[] arguments) => new(null, name, false, error, arguments);
}
