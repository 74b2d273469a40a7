using Bottega.Credentials.Awards;
using Bottega.Learning.Contracts;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Credentials.Areas.Credentials.Pages.Gestione.Riconoscimenti;

/// <summary>A rule: edited while a draft; activated, evaluated now, closed; its results and the awards granted.</summary>
[Authorize(Policy = NetworkPolicies.Admin)]
public sealed class RegolaModel(AwardRules rules, AwardEvaluation evaluation, AwardLeaderboard leaderboard) : PageModel
{
    [BindProperty]
    public RuleForm Form { get; set; } = new();

    public AwardRuleView Rule { get; private set; } = null!;

    public IReadOnlyList<PathSummary> Paths { get; private set; } = [];

    public Leaderboard Board { get; private set; } = null!;

    public IReadOnlyList<AwardGrantView> Grants { get; private set; } = [];

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public async Task<IActionResult> OnGetAsync(Guid ruleId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(ruleId, cancellationToken))
        {
            return NotFound();
        }

        Form = RuleForm.Of(Rule);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid ruleId, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid
            ? await rules.UpdateAsync(ruleId, Form.ToDefinition(), cancellationToken)
            : AwardResult.Refused("Controlla i dati inseriti: date e numeri devono essere validi.");
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ViewData["AwardError"] = result.Error;
            Form.Pad();
            return await LoadAsync(ruleId, cancellationToken) ? Page() : NotFound();
        }

        return Done("Regola salvata.");
    }

    public async Task<IActionResult> OnPostActivateAsync(Guid ruleId, CancellationToken cancellationToken) =>
        Outcome(await rules.ActivateAsync(ruleId, cancellationToken), "Regola attiva: sarà valutata ogni ora.");

    public async Task<IActionResult> OnPostCloseAsync(Guid ruleId, CancellationToken cancellationToken) =>
        Outcome(await rules.CloseAsync(ruleId, cancellationToken), "Regola chiusa.");

    public async Task<IActionResult> OnPostEvaluateAsync(Guid ruleId, CancellationToken cancellationToken)
    {
        var outcome = await evaluation.EvaluateNowAsync(ruleId, cancellationToken);
        if (!outcome.Result.Succeeded)
        {
            return Outcome(outcome.Result, "");
        }

        TempData["AwardMessage"] = outcome.NewAwards == 0 ? "Valutazione completata: nessun nuovo riconoscimento." : "Valutazione completata: nuovi riconoscimenti assegnati.";
        return Redirect(Request.Path);
    }

    private IActionResult Outcome(AwardResult result, string done)
    {
        if (result.NotFound)
        {
            return NotFound();
        }

        return Done(result.Succeeded ? done : result.Error!);
    }

    private RedirectResult Done(string message)
    {
        TempData["AwardMessage"] = message;
        return Redirect(Request.Path);
    }

    private async Task<bool> LoadAsync(Guid ruleId, CancellationToken cancellationToken)
    {
        var rule = await rules.GetAsync(ruleId, includeDrafts: true, cancellationToken);
        if (rule is null)
        {
            return false;
        }

        Rule = rule;
        Paths = await rules.PathOptionsAsync(cancellationToken);
        Board = (await leaderboard.GetAsync(ruleId, PageNumber, includeDrafts: true, cancellationToken))!;
        Grants = await leaderboard.GrantsAsync(ruleId, cancellationToken);
        return true;
    }
}
