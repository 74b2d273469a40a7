using Bottega.Learning.Features.Ledger;
using Bottega.Learning.Features.Staff;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Learning.Areas.Learning.Pages.Personale;

/// <summary>The referent's staff: hours this year against the target, course counts, paged, with CSV and XLSX exports of the whole list.</summary>
[Authorize(Policy = NetworkPolicies.Referent)]
public sealed class IndexModel(StaffTraining staff, ICurrentUser user, ICurrentNetworkRoles roles) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "ente")]
    public Guid? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true, Name = "ordina")]
    public StaffSort Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public StaffScope Scope { get; private set; } = null!;

    public StaffReport? Report { get; private set; }

    public IReadOnlyList<StaffRow> Rows { get; private set; } = [];

    public int PageCount => Math.Max(1, ((Report?.Rows.Count ?? 0) + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } report)
        {
            PageNumber = Math.Clamp(PageNumber, 1, PageCount);
            Rows = report.Rows.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        }
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) is { } report ? File(StaffExport.Csv(report), "text/csv; charset=utf-8", FileName("csv")) : NotFound();

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) is { } report
            ? File(await StaffExport.XlsxAsync(report, cancellationToken), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName("xlsx"))
            : NotFound();

    private string FileName(string extension) => $"personale-{Report!.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}.{extension}";

    private async Task<StaffReport?> LoadAsync(CancellationToken cancellationToken)
    {
        Scope = await staff.ScopeAsync(await Decider.CurrentAsync(user, roles, cancellationToken), OrganizationId, cancellationToken);
        Report = Scope.OrganizationId is { } id ? await staff.ReportAsync(id, Name, Sort, cancellationToken) : null;
        return Report;
    }
}
