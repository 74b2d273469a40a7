using System.Net.Mail;
using Bottega.Credentials.Data;
using Bottega.Credentials.Features.Keys;
using Bottega.Platform.Auditing;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Features.Administration;

/// <summary>A signing key as shown to administrators: the public half only.</summary>
public sealed record IssuerKeyRow(int Number, DateTime CreatedAt, DateTime? RetiredAt, string PublicKeyMultibase, string VerificationMethod);

public sealed record IssuerView(string Name, string Url, string Email, string? Description, string? ImageContentType, string Did, IReadOnlyList<IssuerKeyRow> Keys);

public sealed class IssuerInput
{
    public string Name { get; set; } = "";

    public string Url { get; set; } = "";

    public string? Email { get; set; }

    public string? Description { get; set; }
}

/// <summary>The network as an issuer: its profile, its DID and keys, and the rotation of the signing key.</summary>
public sealed class IssuerProfile
{
    private readonly CredentialsDbContext db;
    private readonly IssuerKeys keys;
    private readonly ITenantContext tenant;
    private readonly AuditTrail audit;

    internal IssuerProfile(CredentialsDbContext db, IssuerKeys keys, ITenantContext tenant, AuditTrail audit)
    {
        this.db = db;
        this.keys = keys;
        this.tenant = tenant;
        this.audit = audit;
    }

    private Guid NetworkId => tenant.NetworkId ?? throw new InvalidOperationException("No network in this request.");

    public async Task<IssuerView> GetAsync(CancellationToken cancellationToken)
    {
        var issuer = await keys.EnsureIssuerAsync(NetworkId, cancellationToken);
        var issuerKeys = await db.IssuerKeys.AsNoTracking().Where(k => k.IssuerId == issuer.Id).OrderByDescending(k => k.Number).ToListAsync(cancellationToken);
        var active = issuerKeys.FirstOrDefault(k => k.IsActive) ?? issuerKeys[0];
        return new IssuerView(issuer.Name, issuer.Url, issuer.Email, issuer.Description, issuer.ImageContentType, keys.IssuerDid(issuer, active),
            [.. issuerKeys.Select(k => new IssuerKeyRow(k.Number, k.CreatedAt, k.RetiredAt, DidKeys.Multibase(k.PublicKey), keys.VerificationMethod(issuer, k)))]);
    }

    public async Task<AdminResult> UpdateAsync(IssuerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var name = input.Name?.Trim() ?? "";
        var url = input.Url?.Trim() ?? "";
        var email = input.Email?.Trim() ?? "";
        var description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        if (name.Length is 0 or > 200)
        {
            return AdminResult.Refused("Scrivi il nome dell'emittente (al massimo 200 caratteri).");
        }

        if (url.Length > 500 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return AdminResult.Refused("Scrivi l'indirizzo web dell'emittente (http o https).");
        }

        if (email.Length > 254 || (email.Length > 0 && (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)))
        {
            return AdminResult.Refused("L'indirizzo e-mail dell'emittente non è valido.");
        }

        if (description?.Length > 2000)
        {
            return AdminResult.Refused("La descrizione può avere al massimo 2.000 caratteri.");
        }

        var issuer = await keys.EnsureIssuerAsync(NetworkId, cancellationToken);
        issuer.Update(name, url, email, description);
        audit.Record(db, issuer.NetworkId, "issuer.updated", "issuer", issuer.Id);
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok;
    }

    /// <summary>Retires the active key and creates the next; credentials signed before keep verifying with the retired key.</summary>
    public async Task<AdminResult> RotateKeyAsync(CancellationToken cancellationToken)
    {
        var issuer = await keys.EnsureIssuerAsync(NetworkId, cancellationToken);
        var next = await keys.RotateAsync(issuer, cancellationToken);
        audit.Record(db, issuer.NetworkId, "issuer.key-rotated", "issuer", issuer.Id,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"key-{next.Number}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return AdminResult.Ok;
        }
        catch (DbUpdateException)
        {
            // Another administrator rotated at the same moment: the unique key number kept one rotation.
            db.ChangeTracker.Clear();
            return AdminResult.Refused("La chiave è stata appena ruotata da un altro amministratore.");
        }
    }
}
