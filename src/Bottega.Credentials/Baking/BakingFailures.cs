namespace Bottega.Credentials.Baking;

/// <summary>Why an image could not be read or baked: Italian sentences, also the keys of their translations.</summary>
internal static class BakingFailures
{
    public const string TooLarge = "L'immagine supera la dimensione massima consentita.";
    public const string Empty = "Il file è vuoto.";
    public const string NotPng = "Non è un'immagine PNG.";
    public const string NoHeader = "Il PNG non inizia con l'intestazione IHDR.";
    public const string BadHeader = "L'intestazione IHDR del PNG non è valida.";
    public const string Truncated = "Il PNG è troncato.";
    public const string LengthPastEnd = "Un blocco del PNG dichiara una lunghezza oltre la fine del file.";
    public const string BadChunkType = "Un blocco del PNG ha un tipo non valido.";
    public const string BadChecksum = "Checksum del blocco errato.";
    public const string TooManyChunks = "Il PNG contiene troppi blocchi.";
    public const string DataAfterEnd = "Il PNG contiene dati dopo la fine dell'immagine.";
    public const string NoImageData = "Il PNG non contiene dati d'immagine.";
    public const string MalformedText = "Un blocco di testo iTXt è malformato.";
    public const string Compressed = "Il blocco della badge è compresso: la specifica Open Badges lo vieta.";
    public const string DuplicateChunk = "Più di un blocco della badge nel PNG.";
    public const string NoChunk = "L'immagine non contiene una badge incorporata.";
    public const string PayloadTooLarge = "Il contenuto incorporato supera 1 MB.";
    public const string PayloadNotUtf8 = "Il contenuto incorporato non è testo UTF-8 valido.";
    public const string PayloadEmpty = "Il contenuto da incorporare è vuoto.";
    public const string BadKeyword = "Parola chiave iTXt non valida.";
    public const string NotXml = "L'SVG non è un documento XML ben formato.";
    public const string Doctype = "L'SVG contiene una dichiarazione DOCTYPE o entità, non ammesse.";
    public const string NotSvg = "Il documento non è un'immagine SVG.";
    public const string DuplicateElement = "Più di un elemento della badge nell'SVG.";
    public const string EmptyElement = "L'elemento della badge nell'SVG è vuoto.";
}
