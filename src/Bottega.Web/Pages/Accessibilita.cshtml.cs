using System.ComponentModel.DataAnnotations;
using System.Net;
using Bottega.Platform.Email;
using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Bottega.Web.Pages;

/// <summary>The accessibility statement every public body must publish, with its feedback mechanism.</summary>
[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class AccessibilitaModel(IMailer mailer, IConfiguration configuration) : PageModel
{
    [BindProperty]
    public FeedbackInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var to = configuration["Accessibility:ContactEmail"] ?? "accessibilita@bottega.local";
        var body = $"Da: {Input.Email}\nPagina: {Input.Page}\n\n{Input.Description}";
        await mailer.SendAsync(new MailMessage(to, "Segnalazione di accessibilità", $"<pre>{WebUtility.HtmlEncode(body)}</pre>", body), cancellationToken);
        Sent = true;
        Input = new FeedbackInput();
        ModelState.Clear();
        return Page();
    }

    public sealed class FeedbackInput
    {
        [Required(ErrorMessage = "Indica la tua e-mail.")]
        [EmailAddress(ErrorMessage = "L'indirizzo e-mail non è valido.")]
        [StringLength(256)]
        public string Email { get; set; } = "";

        [StringLength(500)]
        public string? Page { get; set; }

        [Required(ErrorMessage = "Descrivi il problema.")]
        [StringLength(5000, MinimumLength = 10, ErrorMessage = "Descrivi il problema in almeno 10 caratteri.")]
        public string Description { get; set; } = "";
    }
}
