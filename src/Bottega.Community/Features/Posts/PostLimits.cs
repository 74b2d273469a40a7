namespace Bottega.Community.Features.Posts;

/// <summary>The limits of what a person may write, checked before anything else.</summary>
public static class PostLimits
{
    public const int MinTitle = 5;
    public const int MaxTitle = 200;
    public const int MaxBody = 20_000;
    public const int MaxTags = 5;
    public const int MaxTagLength = 40;
    public const int MaxMentions = 20;
    public const int MaxAttachments = 10;
    public const int RepliesPerPage = 50;
}
