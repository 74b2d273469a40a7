namespace Bottega.Credentials.Images;

/// <summary>Why an uploaded badge image was refused: Italian sentences, also the keys of their translations.</summary>
internal static class ImageFailures
{
    public const string Empty = "Il file è vuoto.";
    public const string TooLarge = "L'immagine supera i 2 MB.";
    public const string WrongKind = "Sono ammesse solo immagini PNG o SVG.";
    public const string ExtensionMismatch = "L'estensione del file non corrisponde al suo contenuto.";
    public const string TooSmall = "L'immagine deve misurare almeno 64 × 64 pixel.";
    public const string TooBig = "L'immagine non può superare 2048 × 2048 pixel.";
    public const string Undecodable = "L'immagine PNG è danneggiata e non si può leggere.";
    public const string TooComplex = "L'SVG è troppo complesso.";
    public const string Undrawable = "L'SVG non si può disegnare.";
}
