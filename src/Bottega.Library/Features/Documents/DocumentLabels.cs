using Bottega.Library.Domain;

namespace Bottega.Library.Features.Documents;

/// <summary>The Italian names (resource keys) of the documents' enumerations.</summary>
public static class DocumentLabels
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

    public static string Of(DocumentLicence licence) => licence switch
    {
        DocumentLicence.CcBy40 => "CC BY 4.0",
        DocumentLicence.CcBySa40 => "CC BY-SA 4.0",
        DocumentLicence.Cc0 => "CC0 (pubblico dominio)",
        DocumentLicence.Iodl20 => "IODL 2.0",
        _ => "Tutti i diritti riservati (solo uso nella rete)",
    };

    public static string Of(DocumentVisibility visibility) => visibility switch
    {
        DocumentVisibility.Public => "Pubblico",
        DocumentVisibility.Network => "Membri della rete",
        DocumentVisibility.Organization => "Solo il mio ente",
        _ => "Gruppo di lavoro",
    };
}
