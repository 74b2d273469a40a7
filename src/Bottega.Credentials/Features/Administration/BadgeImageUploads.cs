using Bottega.Credentials.Data;
using Bottega.Credentials.Features.Keys;
using Bottega.Credentials.Images;
using Bottega.Platform.Auditing;
using Bottega.Platform.Files;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Features.Administration;

/// <summary>Stores an achievement's image or the issuer's logo through the file store; the replaced file is deleted once the new one is saved.</summary>
public sealed class BadgeImageUploads
{
    private readonly CredentialsDbContext db;
    private readonly IFileStore files;
    private readonly IssuerKeys keys;
    private readonly ITenantContext tenant;
    private readonly AuditTrail audit;

    internal BadgeImageUploads(CredentialsDbContext db, IFileStore files, IssuerKeys keys, ITenantContext tenant, AuditTrail audit)
    {
        this.db = db;
        this.files = files;
        this.keys = keys;
        this.tenant = tenant;
        this.audit = audit;
    }

    public async Task<AdminResult> SetAchievementImageAsync(Guid achievementId, ImageUpload upload, CancellationToken cancellationToken)
    {
        var achievement = await db.Achievements.FirstOrDefaultAsync(a => a.Id == achievementId, cancellationToken);
        if (achievement is null)
        {
            return AdminResult.Missing;
        }

        var check = ValidateImage(upload);
        if (!check.Accepted)
        {
            return AdminResult.Refused(check.Error!);
        }

        var previous = achievement.ImageKey;
        var key = await SaveCleanedAsync(check, cancellationToken);
        achievement.SetImage(key, check.ContentType!);
        audit.Record(db, achievement.NetworkId, "achievement.image", "achievement", achievement.Id, check.ContentType);
        await SaveReplacingAsync(key, previous, cancellationToken);
        return AdminResult.Ok;
    }

    public async Task<AdminResult> SetIssuerLogoAsync(ImageUpload upload, CancellationToken cancellationToken)
    {
        var check = ValidateImage(upload);
        if (!check.Accepted)
        {
            return AdminResult.Refused(check.Error!);
        }

        var networkId = tenant.NetworkId ?? throw new InvalidOperationException("No network in this request.");
        var issuer = await keys.EnsureIssuerAsync(networkId, cancellationToken);
        var previous = issuer.ImageKey;
        var key = await SaveCleanedAsync(check, cancellationToken);
        issuer.SetImage(key, check.ContentType!);
        audit.Record(db, networkId, "issuer.logo", "issuer", issuer.Id, check.ContentType);
        await SaveReplacingAsync(key, previous, cancellationToken);
        return AdminResult.Ok;
    }

    private async Task<string> SaveCleanedAsync(ImageCheck check, CancellationToken cancellationToken)
    {
        using var cleaned = new MemoryStream(check.Bytes!, writable: false);
        return await files.SaveAsync(cleaned, cancellationToken);
    }

    private async Task SaveReplacingAsync(string key, string? previous, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await files.DeleteAsync(key, CancellationToken.None);
            throw;
        }

        if (previous is not null)
        {
            await files.DeleteAsync(previous, cancellationToken);
        }
    }

    private const long MaxImageBytes = 2 * 1024 * 1024;

    /// <summary>
    /// Decides by content (a real PNG with sane dimensions, or a well-formed SVG) and returns the cleaned bytes to
    /// store: PNG metadata and anything baked in removed, SVG scripts, event handlers and external references removed.
    /// </summary>
    private static ImageCheck ValidateImage(ImageUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (upload.Length <= 0)
        {
            return new(null, null, "Scegli un'immagine PNG o SVG.");
        }

        if (upload.Length > MaxImageBytes || (upload.Content.CanSeek && upload.Content.Length > MaxImageBytes))
        {
            return new(null, null, "L'immagine supera i 2 MB.");
        }

        using var buffer = new MemoryStream();
        upload.Content.CopyTo(buffer);
        if (buffer.Length > MaxImageBytes)
        {
            return new(null, null, "L'immagine supera i 2 MB.");
        }

        var check = BadgeImageValidator.Validate(buffer.ToArray(), upload.FileName);
        return check.Bytes is null ? new(null, null, check.Failure ?? "Il file non è un'immagine PNG o SVG valida.") : new(check.ContentType, check.Bytes, null);
    }
}
