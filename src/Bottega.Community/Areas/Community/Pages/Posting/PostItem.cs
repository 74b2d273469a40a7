namespace Bottega.Community.Areas.Community.Pages.Posting;

/// <summary>One post of the topic page.</summary>
public sealed record PostItem(Features.Topics.PostView Post, Features.Topics.TopicView Topic);
