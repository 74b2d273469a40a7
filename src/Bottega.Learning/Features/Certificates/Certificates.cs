using Bottega.Learning.Data;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Features.Certificates;

/// <summary>
/// Certificates by their code: the public verification (anyone with the code) and the PDF (its owner only). Certificates
/// belong to a person, not to a network, so these work outside any network route.
/// </summary>
public sealed class Certificates
{
    private const int MaxCodeLength = 40;

    private readonly LearningDbContext db;

    internal Certificates(LearningDbContext db) => this.db = db;

    public async Task<CertificateView?> FindAsync(string code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > MaxCodeLength)
        {
            return null;
        }

        var c = await db.Certificates.AsNoTracking().FirstOrDefaultAsync(x => x.Code == code, cancellationToken);
        return c is null
            ? null
            : new CertificateView(c.Code, c.UserId, c.LearnerName, c.CourseTitle, c.NetworkName, c.Hours,
                c.Competences.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), c.CompletedAt, c.IssuedAt, c.RevokedAt);
    }

    /// <summary>The PDF of a certificate for its owner; null for anyone else, as for an unknown code.</summary>
    public async Task<byte[]?> PdfAsync(string code, Guid userId, string verificationUrl, CancellationToken cancellationToken)
    {
        var certificate = await FindAsync(code, cancellationToken);
        return certificate is null || certificate.UserId != userId ? null : CertificatePdf.Render(certificate, verificationUrl);
    }
}
