using Bottega.Community.Features.Attachments;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Bottega.Community.Areas.Community.Pages.Posting;

/// <summary>Files sent with a post form when JavaScript is off (with it, the editor uploads them as they are chosen).</summary>
internal static class UploadLimits
{
    // Room for a few files at the largest size the options allow; the service refuses each file above the configured limit.
    public const long Request = 110L * 1024 * 1024;

    public static async Task<bool> UploadAsync(PostAttachments attachments, IReadOnlyCollection<IFormFile>? files, List<Guid> ids, ModelStateDictionary state,
        IStringLocalizer localizer, CancellationToken ct)
    {
        foreach (var file in files ?? [])
        {
            await using var content = file.OpenReadStream();
            var result = await attachments.UploadAsync(file.FileName, content, file.Length, ct);
            if (result.AttachmentId is { } id)
            {
                ids.Add(id);
            }
            else
            {
                state.AddModelError(string.Empty, localizer[result.Error!, [.. result.Arguments]]);
            }
        }

        return state.IsValid;
    }
}
