using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MyLearningFeature = Bottega.Learning.Features.MyLearning.MyLearning;

namespace Bottega.Learning.Areas.Learning.Pages.Formazione;

[Authorize(Policy = NetworkPolicies.Member)]
public sealed class IndexModel(MyLearningFeature myLearning, ICurrentUser user) : PageModel
{
    public Features.MyLearning.MyLearningView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => View = await myLearning.GetAsync(user.Id!.Value, cancellationToken);
}
