using Bottega.Learning.Domain;
using Bottega.Learning.Features.Authoring;
using Bottega.Learning.Objects;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Learning.Areas.Learning.Pages.Gestione.Corsi;

/// <summary>
/// Adds or edits one learning object with the fields of its kind; videos and documents are uploaded here. The request
/// limits are the ceiling of <see cref="LearningOptions"/>; the configured per-kind limits are checked by the service.
/// </summary>
[Authorize(Policy = NetworkPolicies.Teacher)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class ContenutoModel(CourseAuthoring authoring, ICurrentUser user) : PageModel
{
    /// <summary>The largest video <see cref="LearningOptions.MaxVideoMegabytes"/> may allow, plus the form's fields.</summary>
    public const long MaxRequestBytes = (10_000L + 1) * 1024 * 1024;

    public LearningObjectKind Kind { get; private set; }

    public Guid? ObjectId { get; private set; }

    public string CourseTitle { get; private set; } = "";

    public string? CurrentFile { get; private set; }

    [BindProperty]
    public ObjectInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "modulo")]
    public Guid? ModuleId { get; set; }

    [BindProperty(SupportsGet = true, Name = "tipo")]
    public LearningObjectKind? NewKind { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid courseId, Guid? objectId, CancellationToken cancellationToken)
    {
        var draft = await authoring.GetAsync(courseId, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        CourseTitle = draft.Course.Title;
        if (objectId is { } id)
        {
            var item = draft.Modules.SelectMany(m => m.Objects).FirstOrDefault(o => o.Id == id);
            if (item is null)
            {
                return NotFound();
            }

            Fill(item);
            return Page();
        }

        if (ModuleId is not { } moduleId || draft.Modules.All(m => m.Id != moduleId) || NewKind is not { } kind || !Enum.IsDefined(kind))
        {
            return NotFound();
        }

        Kind = kind;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid courseId, Guid? objectId, IFormFile? file, CancellationToken cancellationToken)
    {
        await using var stream = file?.OpenReadStream();
        var upload = file is null || stream is null ? null : new Upload(stream, file.FileName, file.Length);
        Features.Progress.LearningResult result;
        if (objectId is { } id)
        {
            result = await authoring.UpdateObjectAsync(courseId, id, Input, upload, user.Id!.Value, cancellationToken);
        }
        else
        {
            if (ModuleId is not { } moduleId || NewKind is not { } kind)
            {
                return NotFound();
            }

            var created = await authoring.AddObjectAsync(courseId, moduleId, kind, Input, upload, user.Id!.Value, cancellationToken);
            result = created.Result;
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, result.Error!);
            var draft = await authoring.GetAsync(courseId, cancellationToken);
            CourseTitle = draft?.Course.Title ?? "";
            var existing = objectId is { } oid ? draft?.Modules.SelectMany(m => m.Objects).FirstOrDefault(o => o.Id == oid) : null;
            Kind = existing?.Kind ?? NewKind ?? LearningObjectKind.Page;
            ObjectId = objectId;
            return Page();
        }

        TempData["Message"] = "Contenuto salvato.";
        return Redirect($"/reti/{RouteData.Values["network"]}/gestione/corsi/{courseId}");
    }

    private void Fill(LearningObject item)
    {
        Kind = item.Kind;
        ObjectId = item.Id;
        Input = new ObjectInput { Title = item.Title, Required = item.Required, Minutes = item.Minutes };
        switch (item.Kind)
        {
            case LearningObjectKind.Page:
                Input.Markdown = ObjectContent.Read<PageContent>(item.Content).Markdown;
                break;
            case LearningObjectKind.Video:
                var video = ObjectContent.Read<VideoContent>(item.Content);
                Input.Url = video.Url;
                Input.CompletePercent = (int)Math.Round(video.CompleteAtShare * 100);
                Input.Transcript = video.Transcript;
                CurrentFile = video.FileId is null ? null : "video";
                break;
            case LearningObjectKind.Document:
                var document = ObjectContent.Read<DocumentContent>(item.Content);
                Input.Url = document.Url;
                Input.Notes = document.Notes;
                CurrentFile = document.FileName;
                break;
            case LearningObjectKind.Quiz:
                var quiz = ObjectContent.Read<QuizContent>(item.Content);
                Input.PassingScore = quiz.PassingScore;
                Input.DrawCount = quiz.DrawCount;
                Input.MaxAttempts = quiz.MaxAttempts;
                Input.ShowFeedback = quiz.ShowFeedback;
                Input.Notes = quiz.Instructions;
                break;
            case LearningObjectKind.ExternalLink:
                var link = ObjectContent.Read<LinkContent>(item.Content);
                Input.Url = link.Url;
                Input.Notes = link.Description;
                break;
            case LearningObjectKind.LiveSession:
                var live = ObjectContent.Read<LiveSessionContent>(item.Content);
                Input.EventSessionId = live.EventSessionId;
                Input.StartsAt = live.StartsAt;
                Input.Notes = live.Description;
                break;
        }
    }
}
