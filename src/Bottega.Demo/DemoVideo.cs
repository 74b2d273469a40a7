using Bottega.Learning.Domain;
using Bottega.Migrations;
using Bottega.Platform.Files;

namespace Bottega.Demo;

/// <summary>The demo's short video (a generated test pattern, made for Bottega), stored through the file store like an upload.</summary>
internal static class DemoVideo
{
    private const string Resource = "Bottega.Demo.Assets.demo-video.webm";

    public static async Task<Guid?> StoreAsync(BottegaMigrationsContext db, IFileStore files, DateTime now, CancellationToken cancellationToken)
    {
        await using var content = typeof(DemoVideo).Assembly.GetManifestResourceStream(Resource);
        if (content is null)
        {
            return null;
        }

        var key = await files.SaveAsync(content, cancellationToken);
        var file = LearningFile.Create(key, "accesso-con-spid.webm", FileKinds.WebM.ContentType, content.Length, Guid.Empty, now);
        db.Add(file);
        return file.Id;
    }
}
