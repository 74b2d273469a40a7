using System.Globalization;
using Bottega.Credentials.Data;
using Bottega.Credentials.Domain;
using Bottega.Credentials.Features.Issuing;
using Bottega.Platform.Auditing;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Features.Administration;

public enum ManualIssueOutcome
{
    Issued,
    AlreadyHeld,
    NotMember,
    InvalidAddress,
    Duplicate,

    /// <summary>The achievement was archived while the batch ran.</summary>
    Unavailable,
}

public sealed record ManualIssueLine(int Line, string Address, ManualIssueOutcome Outcome);

public sealed record ManualIssueReport(IReadOnlyList<ManualIssueLine> Lines)
{
    public int Count(ManualIssueOutcome outcome) => Lines.Count(l => l.Outcome == outcome);
}

/// <summary>
/// An administrator issues an achievement by hand to active members of the network, one address or a CSV file of them;
/// every line gets its outcome and the batch one audit entry with the counts.
/// </summary>
public sealed class ManualIssuing
{
    private readonly CredentialsDbContext db;
    private readonly CredentialIssuing issuing;
    private readonly INetworkPeople people;
    private readonly ITenantContext tenant;
    private readonly AuditTrail audit;

    internal ManualIssuing(CredentialsDbContext db, CredentialIssuing issuing, INetworkPeople people, ITenantContext tenant, AuditTrail audit)
    {
        this.db = db;
        this.issuing = issuing;
        this.people = people;
        this.tenant = tenant;
        this.audit = audit;
    }

    public static (IReadOnlyList<RecipientLine>? Lines, string? Error) ReadCsv(Stream content, long length) => RecipientCsv.Read(content, length);

    public async Task<(AdminResult Result, ManualIssueReport? Report)> IssueAsync(Guid achievementId, IReadOnlyList<RecipientLine> recipients,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var networkId = tenant.NetworkId ?? throw new InvalidOperationException("No network in this request.");
        var achievement = await db.Achievements.AsNoTracking().Where(a => a.Id == achievementId).Select(a => new { a.Kind, a.Archived })
            .FirstOrDefaultAsync(cancellationToken);
        if (achievement is null)
        {
            return (AdminResult.Missing, null);
        }

        if (achievement.Archived || achievement.Kind == AchievementKind.Award)
        {
            return (AdminResult.Refused("Questo badge non si può assegnare a mano."), null);
        }

        if (recipients.Count is 0 or > RecipientCsv.MaxLines)
        {
            return (AdminResult.Refused("Indica da 1 a 5.000 indirizzi e-mail."), null);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var results = new List<ManualIssueLine>(recipients.Count);
        foreach (var recipient in recipients)
        {
            results.Add(new ManualIssueLine(recipient.Line, recipient.Address, await IssueOneAsync(networkId, achievementId, recipient, seen, cancellationToken)));
        }

        var report = new ManualIssueReport(results);
        audit.Record(db, networkId, "credential.issued-manually", "achievement", achievementId, string.Create(CultureInfo.InvariantCulture,
            $"lines {results.Count}, issued {report.Count(ManualIssueOutcome.Issued)}, already held {report.Count(ManualIssueOutcome.AlreadyHeld)}, not members {report.Count(ManualIssueOutcome.NotMember)}, invalid {report.Count(ManualIssueOutcome.InvalidAddress)}, duplicates {report.Count(ManualIssueOutcome.Duplicate)}"));
        await db.SaveChangesAsync(cancellationToken);
        return (AdminResult.Ok, report);
    }

    private async Task<ManualIssueOutcome> IssueOneAsync(Guid networkId, Guid achievementId, RecipientLine recipient, HashSet<string> seen,
        CancellationToken cancellationToken)
    {
        if (RecipientCsv.Normalize(recipient.Address) is not { } address)
        {
            return ManualIssueOutcome.InvalidAddress;
        }

        if (!seen.Add(address))
        {
            return ManualIssueOutcome.Duplicate;
        }

        var person = await people.FindByEmailAsync(networkId, address, cancellationToken);
        if (person is null)
        {
            return ManualIssueOutcome.NotMember;
        }

        var outcome = await issuing.IssueAsync(new IssueRequest(networkId, achievementId, RecipientKind.Person, person.UserId, person.Name, person.Email,
            CredentialSource.Manual, null), cancellationToken);

        // Each credential is saved by the issuing; forgetting it keeps a batch of thousands from slowing every later save.
        db.ChangeTracker.Clear();
        return outcome switch
        {
            IssueOutcome.Issued => ManualIssueOutcome.Issued,
            IssueOutcome.AlreadyHeld => ManualIssueOutcome.AlreadyHeld,
            _ => ManualIssueOutcome.Unavailable,
        };
    }
}
