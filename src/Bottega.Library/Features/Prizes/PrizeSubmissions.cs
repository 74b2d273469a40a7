using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Prizes;

/// <summary>An organization's entry in a call, as its member sees it.</summary>
public sealed record MyPrizeEntry(Guid Id, string Code, string Title, string Category, PrizeEntryStatus Status, DateTime SubmittedAt);

/// <summary>Whether the member may take part: their organization, the reason they may not, their organization's entries.</summary>
public sealed record PrizeParticipation(OrganizationInfo? Organization, string? Refusal, IReadOnlyList<MyPrizeEntry> Entries)
{
    public bool CanSubmit => Refusal is null;
}

/// <summary>
/// Members' side of prize calls: the calls of the network, and entries submitted for their own organization while a
/// call is open and only when it is eligible (its kind among those the call admits), one per organization and category.
/// </summary>
public sealed class PrizeSubmissions
{
    private readonly LibraryDbContext db;
    private readonly ITenantContext tenant;
    private readonly TimeProvider time;
    private readonly INetworkPeople people;
    private readonly IOrganizationDirectory organizations;
    private readonly INetworkDirectory networks;

    internal PrizeSubmissions(LibraryDbContext db, ITenantContext tenant, TimeProvider time, INetworkPeople people, IOrganizationDirectory organizations, INetworkDirectory networks)
    {
        this.db = db;
        this.tenant = tenant;
        this.time = time;
        this.people = people;
        this.organizations = organizations;
        this.networks = networks;
    }

    private Guid NetworkId => tenant.NetworkId ?? throw new InvalidOperationException("No network in this scope.");

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The network's published calls, newest first.</summary>
    public async Task<IReadOnlyList<PrizeCallSummary>> CallsAsync(CancellationToken ct) =>
        await db.PrizeCalls.AsNoTracking().Where(c => c.Status != PrizeCallStatus.Draft).OrderByDescending(c => c.SubmissionsOpenAt).Take(200)
            .Select(c => new PrizeCallSummary(c.Id, c.Title, c.Status, c.SubmissionsOpenAt, c.SubmissionsCloseAt, c.ScoringClosesAt,
                db.PrizeEntries.Count(e => e.CallId == c.Id && e.Status == PrizeEntryStatus.Submitted)))
            .ToListAsync(ct);

    /// <summary>A call as members read it; a draft only for admins.</summary>
    public async Task<PrizeCallView?> CallAsync(Guid callId, bool isAdmin, CancellationToken ct)
    {
        var view = await PrizeCallReader.ReadAsync(db, callId, ct);
        return view is null || (view.Call.Status == PrizeCallStatus.Draft && !isAdmin) ? null : view;
    }

    public async Task<PrizeParticipation> ParticipationAsync(PrizeCall call, Guid actorId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        var (organization, refusal) = await EligibilityAsync(call, actorId, ct);
        refusal ??= call.AcceptsEntries(Now) ? null : ClosedMessage(call);
        if (organization is null)
        {
            return new PrizeParticipation(null, refusal, []);
        }

        var categories = await db.PrizeCategories.AsNoTracking().Where(c => c.CallId == call.Id).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var entries = await db.PrizeEntries.AsNoTracking().Where(e => e.CallId == call.Id && e.OrganizationId == organization.Id).OrderBy(e => e.Number).ToListAsync(ct);
        return new PrizeParticipation(organization, refusal,
            [.. entries.Select(e => new MyPrizeEntry(e.Id, e.Code, e.Title, categories.GetValueOrDefault(e.CategoryId, ""), e.Status, e.SubmittedAt))]);
    }

    /// <summary>Submits (or submits again, after a withdrawal) the organization's entry in a category; its id on success.</summary>
    public async Task<PrizeResult> SubmitAsync(Guid callId, PrizeEntryForm form, Guid actorId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var call = await db.PrizeCalls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId && c.Status != PrizeCallStatus.Draft, ct);
        if (call is null)
        {
            return PrizeResult.Missing;
        }

        var (organization, error) = await EligibilityAsync(call, actorId, ct);
        error ??= call.AcceptsEntries(Now) ? null : ClosedMessage(call);
        error ??= form.OrganizationId != organization!.Id ? "Puoi candidare solo casi del tuo ente." : null;
        error ??= form.CategoryId is not { } categoryId || !await db.PrizeCategories.AnyAsync(c => c.CallId == callId && c.Id == categoryId, ct)
            ? "Scegli una categoria del bando."
            : null;
        var (textError, content) = PrizeEntryRules.Check(form);
        error ??= textError;
        if (error is not null)
        {
            return PrizeResult.Refused(error);
        }

        var organizationId = organization!.Id;
        var existing = await db.PrizeEntries.FirstOrDefaultAsync(e => e.CategoryId == form.CategoryId && e.OrganizationId == organizationId, ct);
        if (existing is { Status: PrizeEntryStatus.Withdrawn })
        {
            existing.Resubmit(content!, actorId, Now);
            await db.SaveChangesAsync(ct);
            return PrizeResult.Ok(existing.Id);
        }

        return existing is not null ? PrizeResult.Refused(AlreadySubmitted) : await AddAsync(call, form.CategoryId!.Value, organizationId, content!, actorId, ct);
    }

    /// <summary>Takes back the organization's entry while the call accepts entries.</summary>
    public async Task<PrizeResult> WithdrawAsync(Guid callId, Guid entryId, Guid actorId, CancellationToken ct)
    {
        var call = await db.PrizeCalls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId && c.Status != PrizeCallStatus.Draft, ct);
        var entry = await db.PrizeEntries.FirstOrDefaultAsync(e => e.CallId == callId && e.Id == entryId, ct);
        var person = await people.FindAsync(NetworkId, actorId, ct);
        if (call is null || entry is null || person?.OrganizationId != entry.OrganizationId)
        {
            return PrizeResult.Missing;
        }

        string? error = call.AcceptsEntries(Now) ? null : ClosedMessage(call);
        error ??= entry.Status != PrizeEntryStatus.Submitted ? "La candidatura non è attiva." : null;
        if (error is not null)
        {
            return PrizeResult.Refused(error);
        }

        entry.Withdraw(Now);
        await db.SaveChangesAsync(ct);
        return PrizeResult.Ok(entry.Id);
    }

    private const string AlreadySubmitted = "Il tuo ente ha già una candidatura in questa categoria.";

    /// <summary>Numbers the entry after the call's last; two entries racing for a number: the unique index refuses one, which retries.</summary>
    private async Task<PrizeResult> AddAsync(PrizeCall call, Guid categoryId, Guid organizationId, PracticeContent content, Guid actorId, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var number = (await db.PrizeEntries.Where(e => e.CallId == call.Id).MaxAsync(e => (int?)e.Number, ct) ?? 0) + 1;
            var entry = PrizeEntry.Create(NetworkId, call.Id, categoryId, organizationId, number, content, actorId, Now);
            db.PrizeEntries.Add(entry);
            try
            {
                await db.SaveChangesAsync(ct);
                return PrizeResult.Ok(entry.Id);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.Entry(entry).State = EntityState.Detached;
                if (await db.PrizeEntries.AnyAsync(e => e.CategoryId == categoryId && e.OrganizationId == organizationId, ct))
                {
                    return PrizeResult.Refused(AlreadySubmitted);
                }
            }
        }
    }

    private async Task<(OrganizationInfo? Organization, string? Refusal)> EligibilityAsync(PrizeCall call, Guid actorId, CancellationToken ct)
    {
        var person = await people.FindAsync(NetworkId, actorId, ct);
        if (person?.OrganizationId is not { } organizationId)
        {
            return (null, "Il tuo profilo nella rete non indica un ente: non puoi candidare casi.");
        }

        var organization = await organizations.FindAsync(organizationId, ct);
        if (organization is null || !await networks.IsActiveMemberOrganizationAsync(NetworkId, organizationId, ct))
        {
            return (null, "Il tuo ente non aderisce alla rete: non può partecipare al bando.");
        }

        return call.IsEligible(organization.Kind) ? (organization, null) : (organization, "Il bando non è aperto agli enti del tipo del tuo ente.");
    }

    private string ClosedMessage(PrizeCall call) =>
        call.Status == PrizeCallStatus.Open && Now < call.SubmissionsOpenAt
            ? $"Le candidature si aprono il {PrizeRules.Show(call.SubmissionsOpenAt)}."
            : $"Le candidature sono chiuse (dal {PrizeRules.Show(call.SubmissionsOpenAt)} al {PrizeRules.Show(call.SubmissionsCloseAt)}).";
}
