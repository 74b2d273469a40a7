using System.Security.Cryptography;
using Bottega.Credentials.Data;
using Bottega.Credentials.Domain;
using Bottega.Credentials.Features.Formats;
using Bottega.Credentials.Features.Keys;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Features.Issuing;

/// <summary>
/// Issues an achievement to a person or an organization: allocates a status-list position, builds the Open Badges 3.0
/// credential and signs it in both proof formats, in one transaction. Idempotent: a recipient holds an achievement at
/// most once until it is revoked (a unique index settles races).
/// </summary>
public sealed class CredentialIssuing
{
    private const int StatusAllocationAttempts = 20;
    private readonly CredentialsDbContext db;
    private readonly IssuerKeys keys;
    private readonly Ob3CredentialBuilder builder;
    private readonly TimeProvider time;

    internal CredentialIssuing(CredentialsDbContext db, IssuerKeys keys, Ob3CredentialBuilder builder, TimeProvider time)
    {
        this.db = db;
        this.keys = keys;
        this.builder = builder;
        this.time = time;
    }

    internal async Task<IssueOutcome> IssueAsync(IssueRequest request, CancellationToken cancellationToken)
    {
        var achievement = await db.Achievements.IgnoreQueryFilters().Include(a => a.Alignments)
            .FirstOrDefaultAsync(a => a.Id == request.AchievementId && a.NetworkId == request.NetworkId, cancellationToken);
        if (achievement is null || achievement.Archived)
        {
            return IssueOutcome.Unavailable;
        }

        var recipientKey = Credential.KeyOf(request.Kind, request.RecipientId);
        if (await HeldAsync(achievement.Id, recipientKey, cancellationToken))
        {
            return IssueOutcome.AlreadyHeld;
        }

        var issuer = await keys.EnsureIssuerAsync(request.NetworkId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        var salt = Identities.NewSalt();
        var credential = Credential.Issue(NewPublicId(), request.NetworkId, issuer.Id, achievement.Id, request.Kind, request.RecipientId,
            request.RecipientName, request.Kind == RecipientKind.Person ? Identities.Hash(request.Identity, salt) : "", salt, request.Source,
            request.SourceReference, now, achievement.ExpiryFor(now), await FreeStatusIndexAsync(issuer.Id, cancellationToken));

        using (var key = await keys.SigningKeyAsync(issuer, cancellationToken))
        {
            var unsigned = builder.Build(issuer, key.IssuerId, achievement, credential, request.Kind == RecipientKind.Organization ? request.Identity : null);
            var signed = CredentialSigner.Sign(unsigned, key, now);
            credential.Sign(signed.Json, signed.Jwt);
        }

        db.Credentials.Add(credential);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return IssueOutcome.Issued;
        }
        catch (DbUpdateException)
        {
            // Another delivery of the same completion won the race, or two issues drew the same status position.
            db.Entry(credential).State = EntityState.Detached;
            if (await HeldAsync(achievement.Id, recipientKey, cancellationToken))
            {
                return IssueOutcome.AlreadyHeld;
            }

            throw;
        }
    }

    private Task<bool> HeldAsync(Guid achievementId, string recipientKey, CancellationToken cancellationToken) =>
        db.Credentials.IgnoreQueryFilters().AnyAsync(c => c.AchievementId == achievementId && c.RecipientKey == recipientKey && c.RevokedAt == null,
            cancellationToken);

    // A random position, so a credential's neighbours in the list tell nothing about when or to whom it was issued.
    private async Task<int> FreeStatusIndexAsync(Guid issuerId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < StatusAllocationAttempts; attempt++)
        {
            var index = RandomNumberGenerator.GetInt32(StatusList.Size);
            if (!await db.Credentials.IgnoreQueryFilters().AnyAsync(c => c.IssuerId == issuerId && c.StatusIndex == index, cancellationToken))
            {
                return index;
            }
        }

        throw new InvalidOperationException("The issuer's status list is nearly full.");
    }

    private static string NewPublicId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
}
