using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bottega.Web.Pages;

[IgnoreAntiforgeryToken]
public sealed class ErroreModel(IStringLocalizer<Strings> text) : PageModel
{
    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public void OnGet(int? codice) => Describe(codice);

    public void OnPost(int? codice) => Describe(codice);

    private void Describe(int? code)
    {
        (Title, Description) = code switch
        {
            404 => (text["Pagina non trovata"].Value, text["La pagina che cerchi non esiste o è stata spostata."].Value),
            403 => (text["Accesso negato"].Value, text["Non hai i permessi per vedere questa pagina."].Value),
            429 => (text["Troppe richieste"].Value, text["Hai fatto troppe richieste in poco tempo. Riprova tra un minuto."].Value),
            _ => (text["Si è verificato un errore"].Value, text["Qualcosa non ha funzionato. Riprova più tardi."].Value),
        };
    }
}
