using Bottega.Learning.Contracts;
using Bottega.Library.Features.Practices;
using Bottega.Organizations.Contracts;
using Microsoft.AspNetCore.Http;

namespace Bottega.Library.Areas.Library.Pages.BuonePratiche;

/// <summary>What the case form partial shows: the input, the catalogue's competences, member organizations for admins, current attachments.</summary>
public sealed record PracticeFieldsModel(
    PracticeForm Input,
    IReadOnlyList<CatalogCompetence> Competences,
    IReadOnlyList<OrganizationInfo> Organizations,
    IReadOnlyList<PracticeAttachmentView> Attachments);

/// <summary>Turns the posted files into what the service reads (form files are buffered and seekable).</summary>
internal static class PostedFiles
{
    /// <summary>Upper bound of a whole form post: room for several files under the per-file limit, so that limit gets its message.</summary>
    public const long MaxRequestBytes = 128L * 1024 * 1024;

    public static IReadOnlyList<IncomingFile> From(IEnumerable<IFormFile>? files) =>
        (files ?? []).Where(f => f.Length > 0 || f.FileName.Length > 0).Select(f => new IncomingFile(Path.GetFileName(f.FileName), f.OpenReadStream(), f.Length)).ToList();
}
