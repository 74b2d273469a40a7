namespace Bottega.Library.Features.Files;

/// <summary>Turns an uploaded file name into one safe to show and to put in a Content-Disposition header.</summary>
internal static class FileNames
{
    public const int MaxLength = 255;

    public static string Clean(string? uploaded, string extension)
    {
        var name = (uploaded ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string([.. name.Where(c => !char.IsControl(c) && c != '"')]).Trim().Trim('.').Trim();
        if (name.Length == 0)
        {
            name = "documento" + extension;
        }

        if (name.Length > MaxLength)
        {
            var ext = Path.GetExtension(name);
            ext = ext.Length > 20 ? "" : ext;
            name = name[..(MaxLength - ext.Length)] + ext;
        }

        return name;
    }
}
