using Bottega.Library.Domain;

namespace Bottega.Library.Areas.Library.Pages.Biblioteca;

/// <summary>The Italian name (a resource key) of each kind of document, for the search form and results.</summary>
internal static class SearchLabels
{
    public static string Of(DocumentKind kind) => kind switch
    {
        DocumentKind.Template => "Modello",
        DocumentKind.Procedure => "Procedura",
        DocumentKind.TenderDocument => "Documento di gara",
        DocumentKind.Regulation => "Regolamento",
        DocumentKind.Guide => "Guida",
        DocumentKind.SlideDeck => "Presentazione",
        DocumentKind.Form => "Modulo",
        DocumentKind.Report => "Rapporto",
        _ => "Altro",
    };
}
