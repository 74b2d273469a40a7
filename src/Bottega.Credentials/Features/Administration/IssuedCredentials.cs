using Bottega.Credentials.Data;
using Bottega.Credentials.Domain;
using Bottega.Platform.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Features.Administration;

public sealed record IssuedRow(Guid Id, string RecipientName, RecipientKind RecipientKind, DateTime IssuedAt, DateTime? ExpiresAt, CredentialSource Source,
    DateTime? RevokedAt, string? RevocationReason);

public sealed record IssuedPage(IReadOnlyList<IssuedRow> Rows, int Total, int Page, int PageCount);

/// <summary>The credentials of an achievement, newest first, and their revocation (permanent, with a reason).</summary>
public sealed class IssuedCredentials
{
    public const int PageSize = 50;
    public const int MaxReasonLength = 500;
    private readonly CredentialsDbContext db;
    private readonly AuditTrail audit;
    private readonly TimeProvider time;

    internal IssuedCredentials(CredentialsDbContext db, AuditTrail audit, TimeProvider time)
    {
        this.db = db;
        this.audit = audit;
        this.time = time;
    }

    public async Task<IssuedPage> ListAsync(Guid achievementId, int page, CancellationToken cancellationToken)
    {
        var query = db.Credentials.AsNoTracking().Where(c => c.AchievementId == achievementId);
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await query.OrderByDescending(c => c.IssuedAt).ThenBy(c => c.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(c => new IssuedRow(c.Id, c.RecipientName, c.RecipientKind, c.IssuedAt, c.ExpiresAt, c.Source, c.RevokedAt, c.RevocationReason))
            .ToListAsync(cancellationToken);
        return new IssuedPage(rows, total, page, pageCount);
    }

    public async Task<AdminResult> RevokeAsync(Guid achievementId, Guid credentialId, string? reason, CancellationToken cancellationToken)
    {
        reason = reason?.Trim() ?? "";
        if (reason.Length is 0 or > MaxReasonLength)
        {
            return AdminResult.Refused("Scrivi il motivo della revoca (al massimo 500 caratteri).");
        }

        var credential = await db.Credentials.FirstOrDefaultAsync(c => c.Id == credentialId && c.AchievementId == achievementId, cancellationToken);
        if (credential is null)
        {
            return new AdminResult(false, "Badge emesso non trovato.", NotFound: true);
        }

        if (!credential.Revoke(reason, time.GetUtcNow().UtcDateTime))
        {
            return AdminResult.Refused("Il badge era già stato revocato.");
        }

        audit.Record(db, credential.NetworkId, "credential.revoked", "credential", credential.Id, reason);
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok;
    }
}
