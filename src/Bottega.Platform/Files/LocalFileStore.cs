using Microsoft.Extensions.Options;

namespace Bottega.Platform.Files;

public sealed class FileStoreOptions
{
    public const string Section = "Files";

    public string Folder { get; set; } = "data/files";
}

/// <summary>Files on local disk, in folders by month, named by a random id.</summary>
internal sealed class LocalFileStore(IOptions<FileStoreOptions> options, TimeProvider time) : IFileStore
{
    private readonly string root = Path.GetFullPath(options.Value.Folder);

    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var key = $"{time.GetUtcNow():yyyy-MM}/{Guid.NewGuid():N}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await content.CopyToAsync(file, cancellationToken);
        return key;
    }

    public Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    // Keys come from SaveAsync; anything else that would leave the root is refused.
    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(root, key));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("Invalid file key.", nameof(key));
        }

        return path;
    }
}
