using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Bottega.Learning.Features.MyLearning;
using Bottega.Learning.Features.Progress;
using Bottega.Platform.Files;
using Bottega.Platform.Localization;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using MyLearningFeature = Bottega.Learning.Features.MyLearning.MyLearning;

namespace Bottega.Learning.Features.Ledger;

public sealed record LedgerEntry(DateOnly Date, string Title, HoursSource Source, decimal Hours);

public sealed record DeclarationRow(Guid Id, string Title, string Provider, DateOnly Date, decimal Hours, DeclarationStatus Status, string? Note,
    string? EvidenceFileName);

public sealed record LedgerYear(int Year, IReadOnlyList<int> Years, IReadOnlyList<LedgerEntry> Entries, MyHours Totals, IReadOnlyList<DeclarationRow> Declarations);

public sealed record DeclarationInput(string Title, string Provider, DateOnly Date, decimal Hours);

/// <summary>An uploaded evidence file; the content must be seekable (checked by its first bytes, then stored).</summary>
public sealed record EvidenceUpload(string FileName, Stream Content, long Length);

/// <summary>
/// A learner's training-hours ledger by year (courses, live sessions, approved external training) against the network's
/// target, and their declarations of external training with evidence, which the referent of their organization decides.
/// </summary>
public sealed class HoursLedger
{
    public const long MaxEvidenceBytes = 10 * 1024 * 1024;
    public const decimal MinHours = 0.5m;
    public const decimal MaxHours = 200m;
    public static readonly IReadOnlyList<FileKind> EvidenceKinds = [FileKinds.Pdf, FileKinds.Jpeg, FileKinds.Png];

    private const int DeclarationsShown = 100;

    private readonly LearningDbContext db;
    private readonly ITenantContext tenant;
    private readonly INetworkPeople people;
    private readonly IFileStore files;
    private readonly MyLearningFeature myLearning;
    private readonly TimeProvider time;

    internal HoursLedger(LearningDbContext db, ITenantContext tenant, INetworkPeople people, IFileStore files, MyLearningFeature myLearning, TimeProvider time)
    {
        this.db = db;
        this.tenant = tenant;
        this.people = people;
        this.files = files;
        this.myLearning = myLearning;
        this.time = time;
    }

    private Guid NetworkId => tenant.NetworkId ?? throw new InvalidOperationException("No network in this request.");

    public int CurrentYear => time.GetUtcNow().Year;

    public async Task<LedgerYear> GetAsync(Guid userId, int year, CancellationToken cancellationToken)
    {
        var entries = await db.Hours.AsNoTracking().Where(h => h.UserId == userId && h.Year == year)
            .OrderByDescending(h => h.Date).ThenBy(h => h.Title)
            .Select(h => new LedgerEntry(h.Date, h.Title, h.Source, h.Hours)).ToListAsync(cancellationToken);
        var years = await db.Hours.AsNoTracking().Where(h => h.UserId == userId).Select(h => h.Year).Distinct().ToListAsync(cancellationToken);
        years.Add(CurrentYear);
        years.Add(year);
        var declarations = await db.ExternalTrainings.AsNoTracking().Where(d => d.UserId == userId)
            .OrderByDescending(d => d.DeclaredAt).Take(DeclarationsShown)
            .Select(d => new DeclarationRow(d.Id, d.Title, d.Provider, d.Date, d.Hours, d.Status, d.DecisionNote, d.EvidenceFileName))
            .ToListAsync(cancellationToken);
        var totals = await myLearning.HoursAsync(userId, year, cancellationToken);
        return new LedgerYear(year, years.Distinct().OrderDescending().ToList(), entries, totals, declarations);
    }

    /// <summary>Declares external training with its evidence (PDF, JPEG or PNG up to 10 MB, checked by content), for the referent to decide.</summary>
    public async Task<LearningResult> DeclareAsync(Guid userId, DeclarationInput input, EvidenceUpload evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(evidence);
        if (Validate(input) is { } invalid)
        {
            return invalid;
        }

        if (evidence.Length <= 0 || evidence.Length > MaxEvidenceBytes)
        {
            return LearningResult.Refused("L'attestato deve essere un file di al massimo 10 MB.");
        }

        var kind = FileKinds.Detect(evidence.FileName, evidence.Content, EvidenceKinds);
        if (kind is null)
        {
            return LearningResult.Refused("L'attestato deve essere un PDF, un'immagine JPEG o PNG: il contenuto del file non corrisponde.");
        }

        var person = await people.FindAsync(NetworkId, userId, cancellationToken);
        if (person is null)
        {
            return LearningResult.Refused("Per dichiarare formazione esterna devi far parte della rete.");
        }

        var key = await files.SaveAsync(evidence.Content, cancellationToken);
        try
        {
            var now = time.GetUtcNow().UtcDateTime;
            var fileName = Path.GetFileName(evidence.FileName);
            var file = LearningFile.Create(key, fileName, kind.ContentType, evidence.Length, userId, now);
            db.Files.Add(file);
            db.ExternalTrainings.Add(ExternalTraining.Declare(NetworkId, userId, person.OrganizationId, input.Title, input.Provider, input.Date, input.Hours,
                file.Id, fileName, now));
            await db.SaveChangesAsync(cancellationToken);
            return LearningResult.Ok;
        }
        catch
        {
            await files.DeleteAsync(key, CancellationToken.None);
            throw;
        }
    }

    private LearningResult? Validate(DeclarationInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > 300)
        {
            return LearningResult.Refused("Indica il titolo del corso (al massimo 300 caratteri).");
        }

        if (string.IsNullOrWhiteSpace(input.Provider) || input.Provider.Trim().Length > 200)
        {
            return LearningResult.Refused("Indica l'ente che ha erogato la formazione (al massimo 200 caratteri).");
        }

        if (input.Hours < MinHours || input.Hours > MaxHours || decimal.Round(input.Hours, 2) != input.Hours)
        {
            return LearningResult.Refused("Le ore devono essere tra 0,5 e 200.");
        }

        var today = RomeTime.DateOf(time.GetUtcNow().UtcDateTime);
        return input.Date > today || input.Date < today.AddYears(-5)
            ? LearningResult.Refused("La data deve essere passata e non anteriore a cinque anni fa.")
            : null;
    }
}
