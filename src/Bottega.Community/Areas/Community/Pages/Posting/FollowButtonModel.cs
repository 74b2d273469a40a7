namespace Bottega.Community.Areas.Community.Pages.Posting;

/// <summary>What the follow button (built with following) is about.</summary>
public sealed record FollowButtonModel(Domain.SubscriptionTarget Target, Guid TargetId);
