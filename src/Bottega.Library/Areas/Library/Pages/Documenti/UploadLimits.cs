namespace Bottega.Library.Areas.Library.Pages.Documenti;

internal static class UploadLimits
{
    // The configured limit (LibraryOptions.MaxUploadMegabytes, 30 MB by default) is checked while the file is copied;
    // this only stops absurd requests before they are read.
    public const int Request = 101 * 1024 * 1024;
}
